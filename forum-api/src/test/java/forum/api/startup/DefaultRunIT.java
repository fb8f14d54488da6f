package forum.api.startup;

import com.fasterxml.jackson.databind.JsonNode;
import forum.api.ForumApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's run command, minus the build: embedded PostgreSQL and Kafka with a data folder, the demo
 * municipality created on the first start and still there on the second, the address printed.
 */
@ExtendWith(OutputCaptureExtension.class)
class DefaultRunIT {

    @Test
    void demoMunicipalitySurvivesARestartAndTheAddressIsPrinted(@TempDir Path data, CapturedOutput output) {
        String firstTenant;
        try (ConfigurableApplicationContext first = start(data)) {
            firstTenant = awaitDemoProfile(first);
            int port = ((WebServerApplicationContext) first).getWebServer().getPort();
            assertThat(output).contains("Forum is ready at http://localhost:" + port)
                    .contains("coordinator@demo.forum");
        }
        try (ConfigurableApplicationContext second = start(data)) {
            assertThat(awaitDemoProfile(second)).isEqualTo(firstTenant);
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return SpringApplication.run(ForumApplication.class,
                "--forum.infra.data-directory=" + data, "--server.port=0", "--forum.demo.enabled=true");
    }

    private static String awaitDemoProfile(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("coordinator@demo.forum:forum-demo-2026".getBytes()))
                .build();
        JsonNode profile = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> http.get().uri("/api/v1/municipality").retrieve().body(JsonNode.class),
                body -> body != null && "Karlstad (demo)".equals(body.path("name").asText()));
        return profile.get("tenantId").asText();
    }
}
