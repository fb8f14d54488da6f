package forum.api.startup;

import com.fasterxml.jackson.databind.JsonNode;
import forum.api.ForumApplication;
import forum.projections.networkstatistics.Quarter;
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
import java.time.Instant;
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
 * the first start and found, not created again, on the second, the address and the accounts printed. The demo is
 * lived in: municipalities of the three countries, a year of meetings and cases, so the network dashboard shows
 * figures in past quarters beside suppressed small counts, and an auditor whose grant ends in about 60 days.
 */
@ExtendWith(OutputCaptureExtension.class)
class DefaultRunIT {

    private static final String PASSWORD = "forum-demo-2026";
    private static final Pattern DEMO_NETWORK =
            Pattern.compile("Demo network: Krogar mot knark \\(demo\\), network ([0-9a-f-]{36})");
    /** Karlstad's year: 6 meetings held, 5 venues registered, all within the current quarter and the 4 before. */
    private static final int KARLSTAD_MEETINGS = 6;
    private static final int KARLSTAD_VENUES = 5;
    private static final int QUARTERS_OF_A_YEAR = 5;

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

            List<JsonNode> year = awaitWholeYear(first, networkId);
            JsonNode dashboard = year.get(year.size() - 1);
            assertThat(dashboard.get("networkName").asText()).isEqualTo("Krogar mot knark (demo)");
            assertThat(dashboard.get("municipalities").findValuesAsText("name"))
                    .containsExactlyInAnyOrder("Karlstad (demo)", "Örebro (demo)", "Växjö (demo)");
            assertThat(year.subList(0, year.size() - 1))
                    .as("past quarters of the network have meetings held (1 or 2 suppressed), not only the current one")
                    .filteredOn(past -> past.get("municipalities").findValues("meetingsHeld").stream()
                            .anyMatch(held -> held.get("suppressed").asBoolean() || held.get("value").asInt() > 0))
                    .hasSizeGreaterThanOrEqualTo(2);
            List<JsonNode> cells = new ArrayList<>();
            year.forEach(quarter -> cells.addAll(cells(quarter.get("municipalities"))));
            assertThat(cells).anySatisfy(cell -> {
                assertThat(cell.get("suppressed").asBoolean()).isFalse();
                assertThat(cell.get("value").asLong()).isGreaterThanOrEqualTo(3);
            });
            assertThat(cells).anySatisfy(cell -> {
                assertThat(cell.get("suppressed").asBoolean()).isTrue();
                assertThat(cell.get("value").isNull()).isTrue();
            });

            assertThat(countryOf(first, "coordinator@demo.forum")).isEqualTo("SE");
            assertThat(countryOf(first, "coordinator@herning.demo.forum")).isEqualTo("DK");
            assertThat(countryOf(first, "coordinator@traena.demo.forum")).isEqualTo("NO");
            Instant quarterStart = Quarter.of(Instant.now()).start();
            JsonNode past = as(first, "coordinator@demo.forum").get()
                    .uri("/api/v1/meetings?scope=past&size=50").retrieve().body(JsonNode.class);
            assertThat(past.get("items")).as("a meeting of an earlier quarter, held, its minutes approved")
                    .anySatisfy(meeting -> {
                        assertThat(Instant.parse(meeting.get("startsAt").asText())).isBefore(quarterStart);
                        assertThat(meeting.get("status").asText()).isEqualTo("HELD");
                        assertThat(meeting.get("minutesApproved").asBoolean()).isTrue();
                    });
            JsonNode board = as(first, "coordinator@demo.forum").get()
                    .uri("/api/v1/forums/{id}/action-items", past.at("/items/0/forumId").asText())
                    .retrieve().body(JsonNode.class);
            assertThat(board.get("done")).as("the year's action items, done").hasSizeGreaterThanOrEqualTo(3);
            assertThat(board.get("overdue").findValuesAsText("ownerName")).containsExactly("Per Polis");
            assertThat(board.get("open").findValuesAsText("ownerName"))
                    .as("the police member, who signs in as police@demo.forum, has work waiting").contains("Per Polis");
            JsonNode grants = as(first, "coordinator@demo.forum").get().uri("/api/v1/auditor-grants")
                    .retrieve().body(JsonNode.class);
            assertThat(grants).singleElement().satisfies(grant -> {
                assertThat(grant.get("email").asText()).isEqualTo("auditor@demo.forum");
                assertThat(grant.get("status").asText()).isEqualTo("ACTIVE");
                assertThat(Instant.parse(grant.get("expiresAt").asText()))
                        .isBetween(Instant.now().plus(Duration.ofDays(59)), Instant.now().plus(Duration.ofDays(61)));
            });
        }
        try (ConfigurableApplicationContext second = start(data)) {
            assertThat(awaitDemoProfile(second)).isEqualTo(firstTenant);
            assertThat(printedNetwork(output)).containsExactly(networkId, networkId);
            assertThat(output.getAll().split("Created the demo network", -1)).hasSize(2);
            awaitWholeYear(second, networkId);
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

    /**
     * The network's dashboards of the last five quarters, oldest first, once the pipeline has brought the whole year:
     * Karlstad's own figures (which its coordinator sees unsuppressed) count every meeting and venue of its year,
     * and no more.
     */
    private static List<JsonNode> awaitWholeYear(ConfigurableApplicationContext app, String networkId) {
        RestClient network = as(app, "network-coordinator@demo.forum");
        RestClient karlstad = as(app, "coordinator@demo.forum");
        List<String> quarters = new ArrayList<>();
        Quarter quarter = Quarter.of(Instant.now());
        for (int i = 0; i < QUARTERS_OF_A_YEAR; i++) {
            quarters.add(0, quarter.toString());
            quarter = quarter.previous();
        }
        List<JsonNode> own = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(
                () -> quarters.stream().map(q -> karlstad.get()
                        .uri("/api/v1/municipality/network-comparison?networkId={n}&quarter={q}", networkId, q)
                        .retrieve().body(JsonNode.class)).toList(),
                year -> sum(year, "/own/meetingsHeld/value") >= KARLSTAD_MEETINGS
                        && sum(year, "/own/venuesRegistered/value") >= KARLSTAD_VENUES);
        assertThat(sum(own, "/own/meetingsHeld/value")).isEqualTo(KARLSTAD_MEETINGS);
        assertThat(sum(own, "/own/venuesRegistered/value")).isEqualTo(KARLSTAD_VENUES);
        assertThat(own).as("Karlstad held meetings in several quarters")
                .filteredOn(q -> q.at("/own/meetingsHeld/value").asInt() > 0).hasSizeGreaterThanOrEqualTo(3);
        return quarters.stream().map(q -> network.get()
                .uri("/api/v1/networks/{id}/statistics?quarter={q}", networkId, q)
                .retrieve().body(JsonNode.class)).toList();
    }

    private static int sum(List<JsonNode> quarters, String pointer) {
        return quarters.stream().mapToInt(q -> q.at(pointer).asInt()).sum();
    }

    private static String countryOf(ConfigurableApplicationContext app, String coordinator) {
        return await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> as(app, coordinator).get().uri("/api/v1/municipality").retrieve().body(JsonNode.class)
                        .get("country").asText(), country -> !country.isEmpty());
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
