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
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's run command, minus the build: embedded PostgreSQL and Kafka with a data folder, the demo created on
 * the first start and found, not created again, on the second, the address and the accounts printed. The demo
 * network lets a new user reach the network dashboard at once: figures shown beside suppressed small counts.
 */
@ExtendWith(OutputCaptureExtension.class)
class DefaultRunIT {

    private static final String PASSWORD = "forum-demo-2026";
    private static final Pattern DEMO_NETWORK =
            Pattern.compile("Demo network: Krogar mot knark \\(demo\\), network ([0-9a-f-]{36})");
    /** Karlstad 3, Örebro 2, Växjö 4 meetings held; 4, 3 and 2 venues registered. */
    private static final int DEMO_MEETINGS = 9;
    private static final int DEMO_VENUES = 9;

    @Test
    void theDemoIsCreatedOnceAndTheOperatorAndTheNetworkCoordinatorCanUseIt(@TempDir Path data,
                                                                            CapturedOutput output) {
        String firstTenant;
        String networkId;
        try (ConfigurableApplicationContext first = start(data)) {
            firstTenant = awaitDemoProfile(first);
            int port = ((WebServerApplicationContext) first).getWebServer().getPort();
            assertThat(output).contains("Forum is ready at http://localhost:" + port)
                    .contains("coordinator@demo.forum").contains("operator@demo.forum")
                    .contains("network-coordinator@demo.forum");
            networkId = printedNetwork(output).get(0);

            HttpStatusCode created = as(first, "operator@demo.forum").post().uri("/api/v1/networks")
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Eget nätverk", "country", "SE"))
                    .retrieve().toBodilessEntity().getStatusCode();
            assertThat(created).as("only an operator may create a network").isEqualTo(HttpStatus.CREATED);

            JsonNode dashboard = awaitWholeQuarter(first, networkId);
            assertThat(dashboard.get("networkName").asText()).isEqualTo("Krogar mot knark (demo)");
            assertThat(dashboard.get("municipalities")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(dashboard.get("municipalities").findValuesAsText("name")).contains("Karlstad (demo)");
            List<JsonNode> cells = cells(dashboard.get("municipalities"));
            assertThat(cells).anySatisfy(cell -> {
                assertThat(cell.get("suppressed").asBoolean()).isFalse();
                assertThat(cell.get("value").asLong()).isGreaterThanOrEqualTo(3);
            });
            assertThat(cells).anySatisfy(cell -> {
                assertThat(cell.get("suppressed").asBoolean()).isTrue();
                assertThat(cell.get("value").isNull()).isTrue();
            });
        }
        try (ConfigurableApplicationContext second = start(data)) {
            assertThat(awaitDemoProfile(second)).isEqualTo(firstTenant);
            assertThat(printedNetwork(output)).containsExactly(networkId, networkId);
            assertThat(output.getAll().split("Created the demo network", -1)).hasSize(2);
            awaitWholeQuarter(second, networkId);
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return SpringApplication.run(ForumApplication.class,
                "--forum.infra.data-directory=" + data, "--server.port=0", "--forum.demo.enabled=true");
    }

    private static RestClient as(ConfigurableApplicationContext app, String username) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + PASSWORD).getBytes()))
                .build();
    }

    private static String awaitDemoProfile(ConfigurableApplicationContext app) {
        RestClient http = as(app, "coordinator@demo.forum");
        JsonNode profile = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> http.get().uri("/api/v1/municipality").retrieve().body(JsonNode.class),
                body -> body != null && "Karlstad (demo)".equals(body.path("name").asText()));
        return profile.get("tenantId").asText();
    }

    /** The dashboard once the pipeline has brought every demo meeting and venue, and no more. */
    private static JsonNode awaitWholeQuarter(ConfigurableApplicationContext app, String networkId) {
        RestClient http = as(app, "network-coordinator@demo.forum");
        JsonNode dashboard = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(
                () -> http.get().uri("/api/v1/networks/{id}/statistics", networkId).retrieve().body(JsonNode.class),
                body -> body.at("/totals/meetingsHeld/value").asInt() >= DEMO_MEETINGS
                        && body.at("/totals/venuesRegistered/value").asInt() >= DEMO_VENUES);
        assertThat(dashboard.at("/totals/meetingsHeld/value").asInt()).isEqualTo(DEMO_MEETINGS);
        assertThat(dashboard.at("/totals/venuesRegistered/value").asInt()).isEqualTo(DEMO_VENUES);
        return dashboard;
    }

    private static List<String> printedNetwork(CapturedOutput output) {
        List<String> networks = new ArrayList<>();
        Matcher printed = DEMO_NETWORK.matcher(output.getAll());
        while (printed.find()) {
            networks.add(printed.group(1));
        }
        return networks;
    }

    /** Every count cell of the municipalities' rows: objects with a {@code suppressed} flag and a {@code value}. */
    private static List<JsonNode> cells(JsonNode node) {
        List<JsonNode> cells = new ArrayList<>();
        if (node.isObject() && node.has("suppressed") && node.has("value")) {
            cells.add(node);
        }
        node.elements().forEachRemaining(child -> cells.addAll(cells(child)));
        return cells;
    }
}
