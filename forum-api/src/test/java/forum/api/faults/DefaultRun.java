package forum.api.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The application as {@code ./run.sh} starts it: a JVM of its own from the built jar, with the embedded servers
 * on a data folder, the demo municipality and a free port. Its output goes to {@code target/faults/<name>.log}.
 */
final class DefaultRun implements AutoCloseable {

    static final String COORDINATOR = "coordinator@demo.forum";
    private static final String PASSWORD = "forum-demo-2026";
    private static final ObjectMapper json = new ObjectMapper();

    private final Process jvm;
    private final URI base;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DefaultRun(Process jvm, int port, Path log) {
        this.jvm = jvm;
        this.base = URI.create("http://localhost:" + port);
        this.log = log;
    }

    static DefaultRun start(Path dataFolder, String name) throws IOException {
        Path log = Path.of("target", "faults", name + ".log");
        Files.createDirectories(log.getParent());
        int port = freePort();
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only: the JVM starts faster; what the test checks does not depend on the optimising compiler.
                "-XX:TieredStopAtLevel=1", "-jar", applicationJar().toString(), "--forum.infra.data-directory=" + dataFolder,
                "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new DefaultRun(jvm, port, log);
    }

    /** Waits until the health is UP; fails at once, showing the end of the log, if the JVM exits meanwhile. */
    void awaitUp(Duration atMost) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !jvm.isAlive() || "UP".equals(healthStatus()));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not UP within " + atMost + "; the log ends with:\n" + logTail(), e);
        }
        if (!jvm.isAlive()) {
            throw new AssertionError("the application exited with " + jvm.exitValue() + " before it was UP; "
                    + "the log ends with:\n" + logTail());
        }
    }

    /** SIGKILL: the JVM ends at once, no shutdown hook runs and nothing it started is stopped. */
    void kill() throws InterruptedException {
        jvm.destroyForcibly();
        if (!jvm.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the application's JVM outlived SIGKILL");
        }
    }

    long pid() {
        return jvm.pid();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, as Ctrl-C: the application stops in order, its broker and database with it. */
    @Override
    public void close() throws InterruptedException {
        if (jvm.isAlive()) {
            jvm.destroy();
            if (!jvm.waitFor(90, TimeUnit.SECONDS)) {
                jvm.destroyForcibly();
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        String credentials = Base64.getEncoder()
                .encodeToString((COORDINATOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials);
    }

    private String healthStatus() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 ? body(health).path("status").asText() : "HTTP " + health.statusCode();
        } catch (IOException notListeningYet) {
            return "DOWN";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN";
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The jar {@code package} built, which is what run.sh starts. */
    private static Path applicationJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("forum-api-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No application jar in target: run the fault tests with ./mvnw -Pfaults verify"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("No target folder: run the fault tests with ./mvnw -Pfaults verify", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
