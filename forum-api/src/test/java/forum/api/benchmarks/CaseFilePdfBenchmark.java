package forum.api.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.ResolveVenueIssue;
import forum.core.venue.Severity;

/**
 * The PDF of a venue's case file with 500 events on its timeline ({@code GET /venues/{venueId}/case-file.pdf}, as the
 * coordinator downloads it from the case file page): the venue, 250 issues, 249 of them resolved. Reference, in the
 * same run: the same case file's HTML page, which reads the same rows and renders the same timeline. Target: the PDF
 * < 2 s. {@code -Dforum.bench.pdf.rounds=} sets the measured rounds (median and slowest reported).
 */
@ForumIntegrationTest
class CaseFilePdfBenchmark extends ApplicationBenchmark {

    private static final int EVENTS = 500;
    private static final double TARGET_SECONDS = 2;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void theCaseFileOfFiveHundredEventsAsAPdfBesideItsPage() throws Exception {
        int rounds = Integer.getInteger("forum.bench.pdf.rounds", 10);
        Report report = new Report("Case file PDF: a venue with " + EVENTS + " events");
        try {
            TestMunicipality municipality = TestMunicipality.signUp(http, accounts);
            UUID tenant = municipality.tenantId();
            UUID venue = caseOfFiveHundredEvents(tenant);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
                JsonNode timeline = municipality.as(http, Role.COORDINATOR)
                        .getForObject("/api/v1/venues/" + venue + "/timeline", JsonNode.class);
                return timeline != null && timeline.path("entries").size() == EVENTS;
            });
            PageClient pages = new PageClient(port);
            String session = pages.signIn(municipality.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
            HttpClient client = HttpClient.newHttpClient();
            String pdfPath = "/venues/" + venue + "/case-file.pdf";
            String pagePath = "/venues/" + venue;

            int pdfBytes = 0;
            for (int i = 0; i < 3; i++) {
                pdfBytes = fetch(client, pages, pdfPath, session);
                fetch(client, pages, pagePath, session);
            }
            List<Double> pdf = new ArrayList<>();
            List<Double> page = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                fetch(client, pages, pdfPath, session);
                pdf.add(since(started));
                started = System.nanoTime();
                fetch(client, pages, pagePath, session);
                page.add(since(started));
            }
            Collections.sort(pdf);
            Collections.sort(page);
            double pdfMedian = pdf.get(rounds / 2);
            report.row("case file", "%d events: the venue, 250 issues, 249 resolved (timeline of %d entries)",
                    EVENTS, EVENTS);
            report.row("PDF (GET " + "/venues/{venueId}/case-file.pdf)", "median %.3f s, slowest %.3f s, %,d bytes",
                    pdfMedian, pdf.get(rounds - 1), pdfBytes);
            report.row("reference: the case file page (HTML)", "median %.3f s, slowest %.3f s",
                    page.get(rounds / 2), page.get(rounds - 1));
            report.row("PDF / page", "%.1f times the page's time", pdfMedian / page.get(rounds / 2));
            report.row("target", "PDF < %.0f s: %s (%.2f s)", TARGET_SECONDS,
                    pdfMedian < TARGET_SECONDS ? "met" : "MISSED", pdfMedian);
            report.note("%d rounds after 3 warm-up rounds of each; the page and the PDF alternate.", rounds);
        } finally {
            report.print();
        }
    }

    private UUID caseOfFiveHundredEvents(UUID tenant) {
        UUID venue = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenue(tenant, venue, "Kroen på Torvet", "Østergade 1, Växjö",
                "BENCH-" + venue.toString().substring(0, 8), "Søs Ærø Åström ApS", LicenceKind.PERMANENT_PUBLIC,
                "11-02"));
        Instant observed = Instant.now().minus(300, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        IssueCategory[] categories = IssueCategory.values();
        for (int i = 0; i < 250; i++) {
            UUID issue = UUID.randomUUID();
            commands.sendAndWait(new RegisterVenueIssue(tenant, venue, issue, categories[i % categories.length],
                    observed.plus(i, ChronoUnit.HOURS), IssueSource.POLICE,
                    "Hændelse " + i + ": uro ved døren, mindreårig på Åboulevarden", Severity.MEDIUM));
            if (i < 249) {
                commands.sendAndWait(new ResolveVenueIssue(tenant, venue, issue, "Løst efter samtale " + i));
            }
        }
        return venue;
    }

    private static int fetch(HttpClient client, PageClient pages, String path, String session) throws Exception {
        HttpResponse<byte[]> answer = client.send(pages.get(path, session), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body().length;
    }

    private static double since(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
