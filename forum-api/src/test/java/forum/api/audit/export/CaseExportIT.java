package forum.api.audit.export;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.subtle.Ed25519Sign;

import forum.api.audit.chain.SigningKey;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;

/**
 * A case built through the API, with another venue's events between its own, exported by the auditor: the bundle
 * verifies offline (in-process and with the jar's command), its PDF reads in the reader's language, and each kind of
 * alteration is found and named. Who may not export is refused; another municipality's venue is not found.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseExportIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SigningKey signingKey;

    @LocalServerPort
    int port;

    TestMunicipality home;
    TestMunicipality other;
    UUID venueId;
    UUID otherVenueId;
    byte[] bundle;

    @BeforeAll
    void aCaseWithAnotherVenuesEventsBetweenItsOwn() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        TestRestTemplate coordinator = home.as(http, Role.COORDINATOR);
        UUID forumId = created(post(coordinator, "/api/v1/forums", Map.of("name", "Trygt uteliv",
                "method", "NIGHTLIFE_SAFETY", "meetingsPerYear", 4)));
        UUID meetingId = created(post(coordinator, "/api/v1/meetings", Map.of("forumId", forumId,
                "startsAt", Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "duration", "PT1H", "location", "Rådhuset", "agenda", List.of("Bar Sjøglimt"))));
        venueId = created(post(coordinator, "/api/v1/venues", venue("Bar Sjøglimt", "LIC-1")));
        UUID neighbour = created(post(coordinator, "/api/v1/venues", venue("Kafé Nabo", "LIC-2")));
        UUID first = issue(coordinator, venueId, "Servering til mindreårig");
        issue(coordinator, neighbour, "Støy etter stengetid");
        UUID second = issue(coordinator, venueId, "Slåsskamp utenfor døren");
        issue(coordinator, neighbour, "Overskjenking");
        UUID recommendationId = created(post(coordinator, "/api/v1/venues/" + venueId + "/recommendations",
                Map.of("kind", "SUSPENSION", "rationale", "Gjentatte brudd", "issueIds", List.of(first, second),
                        "meetingId", meetingId)));
        issue(coordinator, neighbour, "Glass på fortauet");
        created(post(coordinator, "/api/v1/venues/" + venueId + "/licensing-decisions", Map.of(
                "recommendationId", recommendationId, "outcome", "SUSPENSION", "from", LocalDate.now().toString(),
                "to", LocalDate.now().plusDays(14).toString())));
        otherVenueId = created(post(other.as(http, Role.COORDINATOR), "/api/v1/venues", venue("Bar Borte", "L-9")));

        ResponseEntity<byte[]> exported = export(home.as(http, Role.AUDITOR), venueId);
        assertThat(exported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exported.getHeaders().getContentType()).hasToString("application/zip");
        bundle = exported.getBody();
    }

    @Test
    void theBundleVerifiesOfflineWithTheOperatorsKey() throws IOException {
        BundleVerifier.Report report = BundleVerifier.verify(bundle, Optional.of(signingKey.publicKey()));
        assertThat(report.failures()).isEmpty();
        assertThat(report.valid()).isTrue();
        Map<String, byte[]> files = files(bundle);
        assertThat(files).containsKeys(Bundle.MANIFEST, Bundle.SIGNATURE, Bundle.PUBLIC_KEY, Bundle.STORED_EVENTS,
                Bundle.READABLE_EVENTS, Bundle.CHAIN_PROOF, Bundle.CASE_FILE_PDF);
        assertThat(files.keySet().stream().filter(name -> name.startsWith(Bundle.AS_OF_FOLDER)))
                .as("the case as of the recommendation and of the decision").hasSize(2);
        JsonNode stored = JSON.readTree(files.get(Bundle.STORED_EVENTS));
        assertThat(stored).hasSize(5);
        JsonNode proof = JSON.readTree(files.get(Bundle.CHAIN_PROOF));
        assertThat(proof.get("digests").size()).as("the neighbour's events are proven by digest only")
                .isGreaterThan(stored.size());
        String readable = new String(files.get(Bundle.READABLE_EVENTS), StandardCharsets.UTF_8);
        assertThat(readable).contains("Slåsskamp utenfor døren", "LicensingDecisionRecorded")
                .doesNotContain("Kafé Nabo");

        Path file = Files.createTempFile("bundle", ".zip");
        Files.write(file, bundle);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyBundleCommand.run(new String[] {file.toString(), "--public-key",
                Base64.getEncoder().encodeToString(signingKey.publicKey())}, new PrintStream(out), System.err);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("VALID");
        assertThat(exit).isZero();
    }

    @Test
    void theJarsCommandVerifiesTheBundle(@TempDir Path folder) throws Exception {
        Optional<Path> jar;
        try (var built = Files.list(Path.of("target"))) {
            jar = built.filter(path -> path.getFileName().toString().matches("forum-api-.*\\.jar")
                    && !path.getFileName().toString().endsWith("-plain.jar")).findFirst();
        }
        assertThat(jar).as("the jar, packaged before the integration tests run").isPresent();
        Path file = folder.resolve("bundle.zip");
        Files.write(file, bundle);
        Process valid = new ProcessBuilder("java", "-jar", jar.get().toString(), "verify-bundle", file.toString(),
                "--public-key", Base64.getEncoder().encodeToString(signingKey.publicKey()))
                .redirectErrorStream(true).start();
        String said = new String(valid.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(valid.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(valid.exitValue()).as(said).isZero();
        assertThat(said).contains("VALID");
        Files.write(file, altered(bundle, Bundle.CASE_FILE_PDF, pdf -> append(pdf, (byte) '\n')));
        Process invalid = new ProcessBuilder("java", "-jar", jar.get().toString(), "verify-bundle", file.toString())
                .redirectErrorStream(true).start();
        said = new String(invalid.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(invalid.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(invalid.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("FAILED  file case-file.pdf");
    }

    @Test
    void anEditedPayloadOfTheCaseIsFoundAndNamed() throws IOException {
        byte[] edited = altered(bundle, Bundle.STORED_EVENTS, json -> {
            ArrayNode events = (ArrayNode) read(json);
            ObjectNode decision = (ObjectNode) events.get(events.size() - 1);
            String payload = new String(Base64.getDecoder().decode(decision.get("payload").asText()),
                    StandardCharsets.UTF_8);
            decision.put("payload", Base64.getEncoder().encodeToString(payload.replace("SUSPENSION", "WARNING")
                    .getBytes(StandardCharsets.UTF_8)));
            return write(events);
        });
        String eventId = JSON.readTree(files(bundle).get(Bundle.STORED_EVENTS)).get(4).get("eventIdentifier")
                .asText();
        assertThat(failures(edited, true)).anyMatch(failure -> failure.contains("case event " + eventId)
                && failure.contains("matches the digest the chain recorded"));
    }

    @Test
    void aChangedDigestOfAnotherVenuesEventBreaksTheLinks() throws IOException {
        JsonNode stored = JSON.readTree(files(bundle).get(Bundle.STORED_EVENTS));
        long firstCaseIndex = stored.get(0).get("globalIndex").asLong();
        byte[] changed = altered(bundle, Bundle.CHAIN_PROOF, json -> {
            ObjectNode proof = (ObjectNode) read(json);
            for (JsonNode digest : proof.get("digests")) {
                boolean ofTheCase = false;
                for (JsonNode event : stored) {
                    ofTheCase |= event.get("globalIndex").asLong() == digest.get("globalIndex").asLong();
                }
                if (!ofTheCase && digest.get("globalIndex").asLong() > firstCaseIndex) {
                    ((ObjectNode) digest).put("digest", "00" + digest.get("digest").asText().substring(2));
                    break;
                }
            }
            return write(proof);
        });
        assertThat(failures(changed, true)).anyMatch(failure -> failure.startsWith("the links through")
                && failure.contains("reach the checkpoint's link"));
    }

    @Test
    void aChangedFileDoesNotMatchTheManifest() {
        byte[] changed = altered(bundle, Bundle.CASE_FILE_PDF, pdf -> append(pdf, (byte) ' '));
        assertThat(failures(changed, true)).containsExactly("file case-file.pdf has the SHA-256 the manifest names");
    }

    @Test
    void aReplacedSignatureOrAnotherPublicKeyIsFound() throws Exception {
        Ed25519Sign.KeyPair forger = Ed25519Sign.KeyPair.newKeyPair();
        byte[] manifest = files(bundle).get(Bundle.MANIFEST);
        byte[] forged = new Ed25519Sign(forger.getPrivateKey()).sign(manifest);
        byte[] replaced = altered(bundle, Bundle.SIGNATURE, signature ->
                Base64.getEncoder().encodeToString(forged).getBytes(StandardCharsets.US_ASCII));
        assertThat(failures(replaced, true)).anyMatch(failure -> failure.startsWith("the manifest's signature holds"));

        byte[] rekeyed = altered(replaced, Bundle.PUBLIC_KEY, key ->
                Base64.getEncoder().encodeToString(forger.getPublicKey()).getBytes(StandardCharsets.US_ASCII));
        assertThat(failures(rekeyed, true)).contains("the bundle's public key is the one given");
        assertThat(failures(rekeyed, false)).as("the forger's key does not sign the checkpoint")
                .anyMatch(failure -> failure.startsWith("the checkpoint after"));

        BundleVerifier.Report wrongKey = BundleVerifier.verify(bundle, Optional.of(forger.getPublicKey()));
        assertThat(wrongKey.valid()).isFalse();
        assertThat(wrongKey.failures()).extracting(BundleVerifier.Check::what)
                .contains("the bundle's public key is the one given")
                .anyMatch(failure -> failure.startsWith("the manifest's signature holds"));
    }

    @Test
    void thePdfReadsInTheReadersLanguageWithTheCaseAndItsDecision() throws IOException {
        byte[] printed = files(bundle).get(Bundle.CASE_FILE_PDF);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/export-case-file.pdf"), printed);
        try (PDDocument pdf = Loader.loadPDF(printed)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Bar Sjøglimt", "Saksmappe", "Når", "Bevillingsvedtak registrert",
                    "midlertidig inndragning", "Test AUDITOR", "Slåsskamp utenfor døren");
            assertThat(text).as("an event's coded values in the reader's language")
                    .contains("skjenking til mindreårige").doesNotContain("SERVING_MINORS");
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void theCoordinatorMayTheOthersMayNotAndAnotherMunicipalitysVenueIsNotFound() {
        assertThat(export(home.as(http, Role.COORDINATOR), venueId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export(home.as(http, Role.LICENSING_OFFICER), venueId).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(export(home.as(http, Role.FORUM_MEMBER), venueId).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(export(home.as(http, Role.AUDITOR), otherVenueId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(export(home.as(http, Role.AUDITOR), UUID.randomUUID()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theExportIsRecordedAsTheAuditorsRead() {
        ResponseEntity<JsonNode> reads = home.as(http, Role.COORDINATOR).getForEntity("/api/v1/audit/reads",
                JsonNode.class);
        assertThat(reads.getBody().toString()).contains("/api/v1/audit/venues/{venueId}/export",
                venueId.toString());
    }

    @Test
    void aPeriodOfTheHistoryVerifiesAndAnEventLeftOutIsFound() throws IOException {
        ResponseEntity<byte[]> exported = home.as(http, Role.AUDITOR).getForEntity("/api/v1/audit/history/export",
                byte[].class);
        assertThat(exported.getStatusCode()).isEqualTo(HttpStatus.OK);
        byte[] period = exported.getBody();
        assertThat(BundleVerifier.verify(period, Optional.of(signingKey.publicKey())).failures()).isEmpty();
        Map<String, byte[]> files = files(period);
        assertThat(files).containsKey(Bundle.HISTORY_PDF);
        JsonNode stored = JSON.readTree(files.get(Bundle.STORED_EVENTS));
        assertThat(stored.size()).as("the sign-up, the forum, the meeting, both venues' events").isEqualTo(12);
        assertThat(new String(files.get(Bundle.READABLE_EVENTS), StandardCharsets.UTF_8))
                .contains("Kafé Nabo", "Bar Sjøglimt").doesNotContain("Bar Borte");

        String leftOut = stored.get(3).get("globalIndex").asText();
        byte[] shorter = altered(period, Bundle.STORED_EVENTS, json -> {
            ArrayNode events = (ArrayNode) read(json);
            events.remove(3);
            return write(events);
        });
        assertThat(failures(shorter, true)).anyMatch(failure ->
                failure.startsWith("the period holds every event of the chain") && failure.contains(leftOut));

        ResponseEntity<JsonNode> malformed = home.as(http, Role.AUDITOR)
                .getForEntity("/api/v1/audit/history/export?from=yesterday", JsonNode.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("fields").get(0).get("field").asText()).isEqualTo("from");
        assertThat(home.as(http, Role.LICENSING_OFFICER).getForEntity("/api/v1/audit/history/export",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theAuditorsCasePageLinksTheBundleForThoseWhoMayExport() throws Exception {
        PageClient pages = new PageClient(port);
        String path = "/audit/venues/" + venueId + "/export";
        String auditor = pages.signIn(home.usernames().get(Role.AUDITOR), TestMunicipality.PASSWORD);
        String timeline = pages.send(pages.get("/audit/venues/" + venueId + "/timeline", auditor)).body();
        assertThat(timeline).contains("href=\"" + path + "\"", "Eksporter saken som en signert pakke");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(pages.get(path, auditor),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains(".zip"));
        assertThat(BundleVerifier.verify(download.body(), Optional.of(signingKey.publicKey())).valid()).isTrue();

        String officer = pages.signIn(home.usernames().get(Role.LICENSING_OFFICER), TestMunicipality.PASSWORD);
        assertThat(pages.send(pages.get("/audit/venues/" + venueId + "/timeline", officer)).body())
                .doesNotContain(path);
        assertThat(pages.send(pages.get(path, officer)).statusCode()).isEqualTo(403);
        assertThat(pages.send(pages.get("/audit/venues/" + otherVenueId + "/export", auditor)).statusCode())
                .isEqualTo(404);
    }

    private ResponseEntity<byte[]> export(TestRestTemplate as, UUID venue) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "nb");
        return as.exchange("/api/v1/audit/venues/" + venue + "/export", HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
    }

    private static Map<String, Object> venue(String name, String licence) {
        return Map.of("name", name, "address", "Strandgata 1", "licenceNumber", licence, "licenceHolder",
                "Sjø og Øl AS", "licenceKind", "PERMANENT_PUBLIC", "servingHours", "11-02");
    }

    private UUID issue(TestRestTemplate as, UUID venue, String description) {
        return created(post(as, "/api/v1/venues/" + venue + "/issues", Map.of("category", "SERVING_MINORS",
                "observedAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(), "source", "POLICE",
                "description", description, "severity", "HIGH")));
    }

    /** What failed, verified with the operator's public key given apart from the bundle, or with the bundle's own. */
    private List<String> failures(byte[] zip, boolean withTheOperatorsKey) {
        BundleVerifier.Report report = BundleVerifier.verify(zip,
                withTheOperatorsKey ? Optional.of(signingKey.publicKey()) : Optional.empty());
        assertThat(report.valid()).isFalse();
        return report.failures().stream().map(BundleVerifier.Check::what).toList();
    }

    private static Map<String, byte[]> files(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static byte[] altered(byte[] zip, String path, UnaryOperator<byte[]> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream altered = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files(zip).entrySet()) {
                altered.putNextEntry(new ZipEntry(file.getKey()));
                altered.write(file.getKey().equals(path) ? change.apply(file.getValue()) : file.getValue());
                altered.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] append(byte[] bytes, byte more) {
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        longer[bytes.length] = more;
        return longer;
    }

    private static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] write(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
