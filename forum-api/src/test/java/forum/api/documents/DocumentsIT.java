package forum.api.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.api.support.SignUps;
import forum.core.forum.AddForumMember;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.meeting.ApproveMinutes;
import forum.core.meeting.AssignActionItem;
import forum.core.meeting.RecordAttendance;
import forum.core.meeting.RecordDecision;
import forum.core.meeting.RecordMinutes;
import forum.core.meeting.ScheduleMeeting;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.Severity;

/**
 * The documents of issue 26 over HTTP, read back as a person's program would: the approved minutes' and a case file's
 * PDF text extracted, the register's and the issues' CSV parsed with commons-csv. Danish, Swedish and Norwegian
 * letters survive; another municipality's meeting or venue is not found and never in its exports; a role that may
 * not read a document is refused.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsIT {

    private static final String LETTERS = "Æbler, ønsker og åbningstider; Malmö-besöket och Tromsø";
    private static final String VENUE = "Kro \"Ærlig Øl\" på Åboulevarden";
    private static final String ADDRESS = "Østergade 3; 2. sal";

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CommandGateway commands;

    @LocalServerPort
    int port;

    PageClient pages;
    HttpClient client = HttpClient.newHttpClient();
    SignUps.Tenant home;
    SignUps.Tenant other;
    String member;
    String officer;
    UUID approved;
    UUID unapproved;
    UUID venue;

    @BeforeAll
    void aMunicipalityWithMinutesAndACase() {
        pages = new PageClient(port);
        home = SignUps.signUp(http, "DK", "Kommune", "Søren Tovholder");
        other = SignUps.signUp(http, "DK", "Anden kommune", "Åse Anden");
        member = "member-" + UUID.randomUUID() + "@example.dk";
        accounts.create(home.tenantId(), member, SignUps.PASSWORD, "Pia Politi", EnumSet.of(Role.FORUM_MEMBER));
        officer = "officer-" + UUID.randomUUID() + "@example.dk";
        accounts.create(home.tenantId(), officer, SignUps.PASSWORD, "Lise Bevilling",
                EnumSet.of(Role.LICENSING_OFFICER));
        UUID tenant = home.tenantId();
        UUID forum = UUID.randomUUID();
        UUID police = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(tenant, forum, "Trygt natteliv", ForumMethod.NIGHTLIFE_SAFETY, 4));
        commands.sendAndWait(new AddForumMember(tenant, forum, police, "Pia Ærø-Politi", member, "Politiet",
                MemberRole.POLICE));
        approved = UUID.randomUUID();
        Instant soon = Instant.now().plusSeconds(2);
        commands.sendAndWait(new ScheduleMeeting(tenant, approved, forum, soon, Duration.ofMinutes(90), "Rådhuset",
                List.of("Åbning af mødet", "Julefrokoster")));
        unapproved = UUID.randomUUID();
        commands.sendAndWait(new ScheduleMeeting(tenant, unapproved, forum, Instant.now().plus(9, ChronoUnit.DAYS),
                Duration.ofMinutes(90), "Rådhuset", List.of("Status")));
        commands.sendAndWait(new AssignActionItem(tenant, approved, UUID.randomUUID(), police,
                "Kontrol af ID på Østergade", LocalDate.now().plusDays(30)));
        commands.sendAndWait(new RecordDecision(tenant, approved, "Lukketid kl. 02 i sommerhalvåret"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(soon));
        commands.sendAndWait(new RecordAttendance(tenant, approved, Set.of(police)));
        commands.sendAndWait(new RecordMinutes(tenant, approved, LETTERS));
        commands.sendAndWait(new ApproveMinutes(tenant, approved));
        venue = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenue(tenant, venue, VENUE, ADDRESS, "LIC-" + venue.toString().substring(0, 8),
                "Nord ApS", LicenceKind.PERMANENT_PUBLIC, "11-02"));
        commands.sendAndWait(new RegisterVenueIssue(tenant, venue, UUID.randomUUID(), IssueCategory.SERVING_MINORS,
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), IssueSource.POLICE,
                "Servering til mindreårig, sagt af Søren", Severity.HIGH));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode meeting = home.as(http).getForObject("/api/v1/meetings/" + approved, JsonNode.class);
            JsonNode file = home.as(http).getForObject("/api/v1/venues/" + venue, JsonNode.class);
            return meeting != null && meeting.path("minutes").path("approved").asBoolean()
                    && file != null && file.path("summary").path("openIssueCount").asInt() == 1;
        });
    }

    @Test
    void theApprovedMinutesPrintAgendaAttendanceMinutesDecisionsAndActionItemsInTheReadersLanguage() throws Exception {
        ResponseEntity<byte[]> danish = get(home.as(http), "/api/v1/meetings/" + approved + "/minutes.pdf", "da");
        assertThat(danish.getStatusCode().value()).isEqualTo(200);
        assertThat(danish.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(text(danish.getBody())).contains("Dagsorden", "Åbning af mødet", "Pia Ærø-Politi", "Referat",
                LETTERS, "Beslutninger", "Lukketid kl. 02 i sommerhalvåret", "Opfølgningspunkter",
                "Kontrol af ID på Østergade", "Rådhuset");
        assertThat(text(get(home.as(http), "/api/v1/meetings/" + approved + "/minutes.pdf", "sv").getBody()))
                .contains("Dagordning", "Protokoll", "Beslut", "Åtgärdspunkter", LETTERS);

        String session = pages.signIn(member, SignUps.PASSWORD);
        assertThat(pages.send(pages.get("/meetings/" + approved, session)).body())
                .contains("/meetings/" + approved + "/minutes.pdf");
        HttpResponse<byte[]> page = bytes("/meetings/" + approved + "/minutes.pdf", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body())).contains(LETTERS);
    }

    @Test
    void minutesNotYetApprovedAreNotFoundAndAnotherMunicipalitysMeetingNeither() throws Exception {
        assertThat(get(home.as(http), "/api/v1/meetings/" + unapproved + "/minutes.pdf", "da").getStatusCode().value())
                .isEqualTo(404);
        assertThat(get(other.as(http), "/api/v1/meetings/" + approved + "/minutes.pdf", "da").getStatusCode().value())
                .isEqualTo(404);
        String own = pages.signIn(home.coordinator(), SignUps.PASSWORD);
        assertThat(pages.send(pages.get("/meetings/" + unapproved, own)).body()).doesNotContain("minutes.pdf");
        HttpResponse<String> early = pages.send(pages.get("/meetings/" + unapproved + "/minutes.pdf", own));
        assertThat(early.statusCode()).isEqualTo(302);
        assertThat(early.headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).endsWith("/meetings/" + unapproved));

        String session = pages.signIn(other.coordinator(), SignUps.PASSWORD);
        HttpResponse<String> missing = pages.send(pages.get("/meetings/" + approved + "/minutes.pdf", session));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain(LETTERS);
    }

    @Test
    void theCaseFilePrintsForTheCoordinatorAndTheLicensingOfficerOnly() throws Exception {
        String session = pages.signIn(home.coordinator(), SignUps.PASSWORD);
        assertThat(pages.send(pages.get("/venues/" + venue, session)).body())
                .contains("/venues/" + venue + "/case-file.pdf");
        HttpResponse<byte[]> page = bytes("/venues/" + venue + "/case-file.pdf", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body())).contains("Sagsmappe", VENUE, ADDRESS, "Nord ApS",
                "Servering til mindreårig, sagt af Søren", "Hændelser (1 åbne)");

        ResponseEntity<byte[]> api = get(http.withBasicAuth(officer, SignUps.PASSWORD),
                "/api/v1/venues/" + venue + "/case-file.pdf", "nb");
        assertThat(api.getStatusCode().value()).isEqualTo(200);
        assertThat(text(api.getBody())).contains("Saksmappe", VENUE, "Servering til mindreårig, sagt af Søren");

        String memberSession = pages.signIn(member, SignUps.PASSWORD);
        assertThat(pages.send(pages.get("/venues/" + venue, memberSession)).body()).doesNotContain("case-file.pdf");
        assertThat(pages.send(pages.get("/venues/" + venue + "/case-file.pdf", memberSession)).statusCode())
                .isEqualTo(403);
        assertThat(get(http.withBasicAuth(member, SignUps.PASSWORD), "/api/v1/venues/" + venue + "/case-file.pdf",
                "da").getStatusCode().value()).isEqualTo(403);
        assertThat(get(other.as(http), "/api/v1/venues/" + venue + "/case-file.pdf", "da").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void theRegisterAndTheIssuesRoundTripNordicLettersAndShowFreeTextOnlyToWhoMayReadIt() throws Exception {
        ResponseEntity<byte[]> register = get(home.as(http), "/api/v1/venues.csv", "da");
        assertThat(register.getStatusCode().value()).isEqualTo(200);
        assertThat(register.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        List<CSVRecord> rows = csv(register.getBody(), ';');
        assertThat(rows.get(0).values()).startsWith("licenceNumber", "name", "address", "licenceKind");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get(1)).isEqualTo(VENUE);
            assertThat(row.get(2)).isEqualTo(ADDRESS);
            assertThat(row.get(3)).isEqualTo("PERMANENT_PUBLIC");
            assertThat(row.get(4)).isEqualTo("1");
        });
        assertThat(csv(get(home.as(http), "/api/v1/venues.csv", "en").getBody(), ','))
                .anySatisfy(row -> assertThat(row.get(1)).isEqualTo(VENUE));

        String session = pages.signIn(home.coordinator(), SignUps.PASSWORD);
        assertThat(pages.send(pages.get("/venues", session)).body()).contains("/venues.csv", "/venue-issues.csv");
        HttpResponse<byte[]> issues = bytes("/venue-issues.csv", session);
        List<CSVRecord> issueRows = csv(issues.body(), ';');
        assertThat(issueRows.get(0).values()).contains("category", "description");
        assertThat(issueRows).anySatisfy(row -> {
            assertThat(row.get(1)).isEqualTo(VENUE);
            assertThat(row.get(2)).isEqualTo("SERVING_MINORS");
            assertThat(row.get(7)).isEqualTo("Servering til mindreårig, sagt af Søren");
        });

        HttpResponse<byte[]> membersIssues = bytes("/venue-issues.csv", pages.signIn(member, SignUps.PASSWORD));
        assertThat(membersIssues.statusCode()).isEqualTo(200);
        assertThat(csv(membersIssues.body(), ';').get(0).values()).doesNotContain("description", "resolution");
        assertThat(new String(membersIssues.body(), StandardCharsets.UTF_8)).contains(VENUE.replace("\"", "\"\""))
                .doesNotContain("sagt af Søren");

        String othersRegister = new String(get(other.as(http), "/api/v1/venues.csv", "da").getBody(),
                StandardCharsets.UTF_8);
        String othersIssues = new String(get(other.as(http), "/api/v1/venue-issues.csv", "da").getBody(),
                StandardCharsets.UTF_8);
        assertThat(othersRegister + othersIssues).doesNotContain("Ærlig Øl", "sagt af Søren");
    }

    private ResponseEntity<byte[]> get(TestRestTemplate as, String path, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return as.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private HttpResponse<byte[]> bytes(String path, String session) throws IOException, InterruptedException {
        return client.send(pages.get(path, session), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The file parsed back, after the byte order mark Excel needs. */
    private static List<CSVRecord> csv(byte[] file, char separator) throws IOException {
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(new StringReader(text)).getRecords();
    }
}
