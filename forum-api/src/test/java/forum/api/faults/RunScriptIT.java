package forum.api.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pid a caller of run.sh holds ({@code ./run.sh & echo $!}) is the application's JVM, so a kill of that pid,
 * SIGKILL included, ends the application and leaves no JVM behind. run.sh runs here on a copy of the project's
 * layout with a built jar newer than the sources (so it builds nothing) and a stand-in for java on the PATH.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "run.sh is a bash script")
class RunScriptIT {

    @TempDir
    Path project;

    @Test
    void killingThePidOfRunShEndsTheApplicationsJvm() throws Exception {
        Path script = project.resolve("run.sh");
        Files.copy(Path.of("..", "run.sh"), script, StandardCopyOption.COPY_ATTRIBUTES);
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (Path source : new Path[] {project.resolve("pom.xml"), project.resolve("forum-api/pom.xml"),
                project.resolve("forum-api/src/Main.java")}) {
            Files.createDirectories(source.getParent());
            Files.writeString(source, "");
            Files.setLastModifiedTime(source, anHourAgo);
        }
        Files.setLastModifiedTime(project.resolve("forum-api/src"), anHourAgo);
        Path jar = project.resolve("forum-api/target/forum-api-0.1.0-SNAPSHOT.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "");
        Path javaPid = project.resolve("java.pid");
        Path java = Files.createDirectories(project.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho $$ > '" + javaPid + "'\nexec sleep 300\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder runSh = new ProcessBuilder("bash", script.toString(), "--server.port=0")
                .redirectErrorStream(true).redirectOutput(project.resolve("run.log").toFile());
        runSh.environment().put("PATH", java.getParent() + ":" + System.getenv("PATH"));
        Process started = runSh.start();
        long jvm = 0;
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Files.exists(javaPid) && Files.readString(javaPid).endsWith("\n"));
            jvm = Long.parseLong(Files.readString(javaPid).strip());
            assertThat(jvm).as("the pid the caller of run.sh holds is the JVM's").isEqualTo(started.pid());

            started.destroyForcibly();
            assertThat(started.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ProcessHandle.of(jvm).filter(ProcessHandle::isAlive))
                    .as("the JVM after SIGKILL of run.sh's pid").isEmpty();
        } finally {
            started.destroyForcibly();
            if (jvm > 0) {
                ProcessHandle.of(jvm).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }
}
