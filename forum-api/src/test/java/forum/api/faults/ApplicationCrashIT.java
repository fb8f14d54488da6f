package forum.api.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static forum.api.faults.DefaultRun.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default run's JVM is killed with SIGKILL: no shutdown hook runs, so the PostgreSQL it started keeps
 * running on the data folder. The next start on the same folder comes up, with what the first had acknowledged.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGKILL and a server outliving its JVM are Unix matters")
class ApplicationCrashIT {

    /** Generous: a start takes about 20 s on an idle machine, and over a minute on a busy CI one. */
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration APPLIED = Duration.ofSeconds(90);

    @TempDir
    Path data;

    @Test
    void theDefaultRunComesBackOnItsDataFolderAfterItsJvmIsKilled() throws Exception {
        try {
            String tenant;
            List<String> venues = new ArrayList<>();
            try (DefaultRun first = DefaultRun.start(data, "crash-first")) {
                first.awaitUp(START);
                HttpResponse<String> municipality = await().atMost(APPLIED)
                        .until(() -> first.get("/api/v1/municipality"), r -> r.statusCode() == 200);
                tenant = body(municipality).path("tenantId").asText();
                for (int i = 1; i <= 3; i++) {
                    HttpResponse<String> created = first.post("/api/v1/venues", venue(i));
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    venues.add(body(created).path("id").asText());
                }
                first.kill();
            }
            ProcessHandle leftRunning = postmasterLeftRunning().orElseThrow(() -> new AssertionError(
                    "the killed JVM's PostgreSQL no longer runs on the data folder: nothing left to recover from"));

            try (DefaultRun second = DefaultRun.start(data, "crash-second")) {
                second.awaitUp(START);
                assertThat(leftRunning.isAlive()).as("the server the killed JVM left running").isFalse();
                assertThat(body(second.get("/api/v1/municipality")).path("tenantId").asText())
                        .as("the demo municipality of the first run, not a new one").isEqualTo(tenant);
                for (int i = 1; i <= venues.size(); i++) {
                    String venue = venues.get(i - 1);
                    HttpResponse<String> file = await().atMost(APPLIED)
                            .until(() -> second.get("/api/v1/venues/" + venue), r -> r.statusCode() == 200);
                    assertThat(body(file).path("summary").path("name").asText()).isEqualTo("Krogen " + i);
                }
            }
        } finally {
            stopPostmasterLeftRunning();
        }
    }

    private static String venue(int i) {
        return """
                {"name": "Krogen %d", "address": "Storgatan %d, Karlstad", "licenceNumber": "KRASCH-%d",
                 "licenceHolder": "Krogen %d AB", "licenceKind": "PERMANENT_PUBLIC", "servingHours": "11-01"}
                """.formatted(i, i, i, i);
    }

    /** The live postgres the folder's postmaster.pid names. */
    private Optional<ProcessHandle> postmasterLeftRunning() throws Exception {
        Path pidFile = data.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").endsWith("/postgres"));
    }

    /** So that a failed start leaves no server behind on the temporary folder. */
    private void stopPostmasterLeftRunning() throws Exception {
        Optional<ProcessHandle> postmaster = postmasterLeftRunning();
        if (postmaster.isPresent()) {
            postmaster.get().destroy();
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        }
    }
}
