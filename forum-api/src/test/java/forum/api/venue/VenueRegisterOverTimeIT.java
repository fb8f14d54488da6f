package forum.api.venue;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.noContent;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.problem;
import static forum.api.commands.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.StoredEvents;
import forum.api.commands.TestMunicipality;
import forum.api.eventstore.EventRelay;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.core.venue.VenueDetailsUpdated;
import forum.core.venue.VenueRegistered;

/** A venue's details change, it closes, and venues come from a file: through the API to the read models. */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VenueRegisterOverTimeIT {

    private static final String HEADER = "licenceNumber;name;address;licenceHolder;licenceKind;servingHours;"
            + "licenceValidFrom;licenceValidTo\n";

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EventRelay relay;

    TestMunicipality home;
    TestMunicipality other;
    TestRestTemplate licensing;
    TestRestTemplate coordinator;
    TestRestTemplate otherCoordinator;

    @BeforeAll
    void signUp() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        licensing = home.as(http, Role.LICENSING_OFFICER);
        coordinator = home.as(http, Role.COORDINATOR);
        otherCoordinator = other.as(http, Role.COORDINATOR);
    }

    @Test
    void changesAndTheClosingReachTheRegisterAndTheTimeline() {
        UUID venueId = created(post(licensing, "/api/v1/venues", Map.of("name", "Kroen", "address", "Torvet 1",
                "licenceNumber", "DK-" + UUID.randomUUID(), "licenceHolder", "Kroen ApS",
                "licenceKind", "PERMANENT_PUBLIC", "servingHours", "11-02")));
        String path = "/api/v1/venues/" + venueId;
        Map<String, Object> details = new HashMap<>(Map.of("name", "Kroen", "address", "Torvet 1",
                "licenceHolder", "Søs Ærø", "licenceKind", "PERMANENT_PUBLIC", "servingHours", "11-24",
                "licenceValidFrom", "2027-01-01", "licenceValidTo", "2030-12-31"));

        noContent(put(coordinator, path + "/details", details));
        noContent(put(coordinator, path + "/details", details));
        noContent(post(licensing, path + "/closure", Map.of("closedOn", LocalDate.now().toString(),
                "reason", "LICENCE_SURRENDERED")));

        JsonNode file = await().atMost(Duration.ofSeconds(10)).until(() -> licensing.getForObject(path, JsonNode.class),
                venue -> venue.path("summary").hasNonNull("closedOn"));
        assertThat(file.get("licenceHolder").asText()).isEqualTo("Søs Ærø");
        assertThat(file.get("servingHours").asText()).isEqualTo("11-24");
        assertThat(file.get("licenceValidTo").asText()).isEqualTo("2030-12-31");
        assertThat(file.get("closureReason").asText()).isEqualTo("LICENCE_SURRENDERED");
        JsonNode timeline = await().atMost(Duration.ofSeconds(10))
                .until(() -> licensing.getForObject(path + "/timeline", JsonNode.class),
                        answer -> answer.get("entries").size() == 3);
        assertThat(timeline.get("entries").findValuesAsText("kind"))
                .containsExactly("VENUE_REGISTERED", "VENUE_DETAILS_UPDATED", "VENUE_CLOSED");
        JsonNode change = timeline.get("entries").get(1);
        assertThat(change.get("detailsChanged").toString())
                .isEqualTo("[\"LICENCE_HOLDER\",\"SERVING_HOURS\",\"LICENCE_PERIOD\"]");
        assertThat(change.path("freeText").path("text").asText()).isEqualTo("Søs Ærø");
        assertThat(timeline.get("entries").get(2).get("closureReason").asText()).isEqualTo("LICENCE_SURRENDERED");

        JsonNode places = coordinator.getForObject("/api/v1/data-subjects?query=Kroen ApS", JsonNode.class);
        assertThat(places.findValuesAsText("kind")).as("the former holder is found in the timeline's change")
                .contains("former-licence-holder");
        assertThat(places.findValuesAsText("subject")).containsOnly("licence-holder:" + venueId);

        problem(post(licensing, path + "/issues", Map.of("category", "DISORDER",
                "observedAt", Instant.now().minusSeconds(600).toString(), "source", "POLICE",
                "description", "Slåskamp", "severity", "LOW")), HttpStatus.CONFLICT, "venue.closed");
        problem(put(coordinator, path + "/details", details), HttpStatus.CONFLICT, "venue.closed");
    }

    @Test
    void erasingTheLicenceHolderErasesEveryHolderTheTimelineKept() {
        UUID venueId = created(post(licensing, "/api/v1/venues", Map.of("name", "Baren", "address", "Gata 2",
                "licenceNumber", "NO-" + UUID.randomUUID(), "licenceHolder", "Åse Ødegård",
                "licenceKind", "PERMANENT_PUBLIC", "servingHours", "11-02")));
        String path = "/api/v1/venues/" + venueId;
        noContent(put(coordinator, path + "/details", Map.of("name", "Baren", "address", "Gata 2",
                "licenceHolder", "Bjørn Ødegård", "licenceKind", "PERMANENT_PUBLIC", "servingHours", "11-02")));
        await().atMost(Duration.ofSeconds(10)).until(() -> coordinator.getForObject(path + "/timeline",
                JsonNode.class).get("entries").size() == 2);

        ResponseEntity<JsonNode> erased = post(coordinator, "/api/v1/erasures", Map.of(
                "subjects", List.of("licence-holder:" + venueId), "reason", "PERSONS_REQUEST"));
        assertThat(erased.getStatusCode()).as("%s", erased.getBody()).isEqualTo(HttpStatus.CREATED);

        JsonNode timeline = await().atMost(Duration.ofSeconds(10)).until(() -> coordinator.getForObject(
                path + "/timeline", JsonNode.class), answer -> !answer.toString().contains("Ødegård"));
        assertThat(timeline.get("entries").findValuesAsText("text")).hasSize(2).allMatch(text -> text.contains("erased"));
        assertThat(coordinator.getForObject(path, JsonNode.class).get("licenceHolder").asText()).contains("erased");
    }

    @Test
    void aFileWithBadLinesImportsNothingAndNamesEveryBadLineInThePersonsLanguage() {
        String prefix = "NO-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String file = HEADER
                + prefix + "1;Bryggen;Strandkaien 2;Bryggen AS;alminnelig;12-01;;\n"
                + prefix + "2;;Torget 1;Torget AS;alminnelig;12-01;;\n"
                + prefix + "3;Kaia;Kaia 3;Kaia AS;LOUD;12-01;;\n"
                + prefix + "4;Hotellet;Hotellveien 1;Hotellet AS;sluttet selskap;12-01;31.02.2027;\n";

        ResponseEntity<JsonNode> dryRun = importCsv(coordinator, file, true, "nb-NO");
        assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lines(dryRun.getBody().get("problems"))).containsExactly("3 name required",
                "4 licenceKind unknown-licence-kind", "5 licenceValidFrom not-a-date");
        assertThat(dryRun.getBody().get("problems").get(0).get("message").asText()).isEqualTo("Verdien mangler.");

        ResponseEntity<JsonNode> refused = importCsv(coordinator, file, false, "sv-SE");
        problem(refused, HttpStatus.BAD_REQUEST, "venue-import.bad-lines");
        assertThat(lines(refused.getBody().get("lines"))).hasSize(3);
        assertThat(refused.getBody().get("lines").get(1).get("message").asText())
                .isEqualTo("Ingen känd typ av tillstånd.");

        JsonNode register = coordinator.getForObject("/api/v1/venues?q=" + prefix, JsonNode.class);
        assertThat(register.get("totalItems").asLong()).isZero();
    }

    @Test
    void theSameFileTwiceImportsOnceAndNordicLettersRoundTrip() {
        String prefix = "SE-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String file = HEADER
                + prefix + "1;Kroen på Torvet;Østergade 4;Søs Ærø ApS;alkoholbevilling;11-02;;\n"
                + prefix + "2;Krogen Ölstugan;Storgatan 1, Växjö;Åsa Öberg;stadigvarande tillstånd;18-01;2027-01-01;"
                + "2029-12-31\n"
                + prefix + "3;\"Bryggen; bak\";Strandkaien 2;Bjørn Håland;TEMPORARY;12-01;;\n";

        JsonNode first = imported(coordinator, file);
        assertThat(List.of(first.get("registered").asLong(), first.get("updated").asLong(),
                first.get("unchanged").asLong())).containsExactly(3L, 0L, 0L);
        JsonNode second = imported(coordinator, file);
        assertThat(List.of(second.get("registered").asLong(), second.get("updated").asLong(),
                second.get("unchanged").asLong())).containsExactly(0L, 0L, 3L);

        JsonNode register = await().atMost(Duration.ofSeconds(10))
                .until(() -> coordinator.getForObject("/api/v1/venues?q=" + prefix, JsonNode.class),
                        answer -> answer.get("totalItems").asLong() == 3);
        assertThat(register.get("items").findValuesAsText("name"))
                .containsExactly("Bryggen; bak", "Kroen på Torvet", "Krogen Ölstugan");
        UUID krogen = UUID.fromString(register.get("items").get(2).get("venueId").asText());
        assertThat(StoredEvents.count(relay, krogen, VenueRegistered.class)).isEqualTo(1);
        assertThat(StoredEvents.count(relay, krogen, VenueDetailsUpdated.class))
                .as("registered with its licence period in one event").isZero();
        UUID byHand = created(post(coordinator, "/api/v1/venues", Map.of("name", "Ved hånd", "address", "Gata 1",
                "licenceNumber", prefix + "9", "licenceHolder", "Hånd AS", "licenceKind", "OTHER",
                "servingHours", "12-01")));
        assertThat(StoredEvents.of(relay, krogen)).as("the import acts as the coordinator")
                .extracting(StoredEvents.Row::userId, StoredEvents.Row::tenantId)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(StoredEvents.of(relay, byHand).get(0).userId(),
                        home.tenantId().toString()));
        JsonNode venue = coordinator.getForObject("/api/v1/venues/" + krogen, JsonNode.class);
        assertThat(venue.get("licenceHolder").asText()).isEqualTo("Åsa Öberg");
        assertThat(venue.get("summary").get("address").asText()).isEqualTo("Storgatan 1, Växjö");
        assertThat(venue.get("licenceValidFrom").asText()).isEqualTo("2027-01-01");

        JsonNode changed = imported(coordinator, file.replace("Åsa Öberg", "Örjan Åström"));
        assertThat(List.of(changed.get("registered").asLong(), changed.get("updated").asLong(),
                changed.get("unchanged").asLong())).containsExactly(0L, 1L, 2L);
        assertThat(StoredEvents.count(relay, krogen, VenueDetailsUpdated.class)).isEqualTo(1);
    }

    @Test
    void anotherMunicipalitysVenuesAreNeverMatchedNorTouched() {
        String licence = "NO-" + UUID.randomUUID();
        JsonNode home = imported(coordinator, HEADER + licence + ";Hjemme;Gata 1;Hjemme AS;OTHER;12-01;;\n");
        assertThat(home.get("registered").asLong()).isEqualTo(1);

        JsonNode abroad = imported(otherCoordinator, HEADER + licence + ";Borte;Gata 2;Borte AS;OTHER;18-03;;\n");
        assertThat(abroad.get("registered").asLong()).isEqualTo(1);

        JsonNode homeRegister = await().atMost(Duration.ofSeconds(10))
                .until(() -> coordinator.getForObject("/api/v1/venues?q=" + licence, JsonNode.class),
                        answer -> answer.get("totalItems").asLong() == 1);
        assertThat(homeRegister.get("items").get(0).get("name").asText()).isEqualTo("Hjemme");
        UUID homeVenue = UUID.fromString(homeRegister.get("items").get(0).get("venueId").asText());
        assertThat(StoredEvents.of(relay, homeVenue)).extracting(StoredEvents.Row::payloadType)
                .containsExactly(VenueRegistered.class.getName());
        JsonNode otherRegister = await().atMost(Duration.ofSeconds(10))
                .until(() -> otherCoordinator.getForObject("/api/v1/venues?q=" + licence, JsonNode.class),
                        answer -> answer.get("totalItems").asLong() == 1);
        assertThat(otherRegister.get("items").get(0).get("name").asText()).isEqualTo("Borte");
        assertThat(otherRegister.get("items").get(0).get("venueId").asText()).isNotEqualTo(homeVenue.toString());
    }

    @Test
    void theFileComesAsAMultipartUploadToo() {
        String licence = "DK-" + UUID.randomUUID();
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource((HEADER + licence + ";Å;Æ;Ø;OTHER;1;;\n")
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "beværtninger.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> answer = coordinator.exchange("/api/v1/venues/import?dryRun=true", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("registered").asLong()).isEqualTo(1);
        assertThat(answer.getBody().get("imported").asBoolean()).isFalse();
    }

    @Test
    void aForumMemberMayNotImport() {
        ResponseEntity<JsonNode> answer = importCsv(home.as(http, Role.FORUM_MEMBER), HEADER, true, "en");
        problem(answer, HttpStatus.FORBIDDEN, "forbidden");
    }

    private JsonNode imported(TestRestTemplate as, String file) {
        ResponseEntity<JsonNode> answer = importCsv(as, file, false, "en");
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("imported").asBoolean()).isTrue();
        return answer.getBody();
    }

    private static ResponseEntity<JsonNode> importCsv(TestRestTemplate as, String file, boolean dryRun,
                                                      String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return as.exchange("/api/v1/venues/import?dryRun=" + dryRun, HttpMethod.POST,
                new HttpEntity<>(file.getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);
    }

    private static List<String> lines(JsonNode problems) {
        List<String> lines = new ArrayList<>();
        problems.forEach(problem -> lines.add(problem.get("line").asInt() + " " + problem.get("field").asText() + " "
                + problem.get("code").asText()));
        return lines;
    }
}
