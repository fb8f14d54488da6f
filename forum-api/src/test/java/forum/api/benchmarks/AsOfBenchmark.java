package forum.api.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import forum.api.audit.asof.AsOfViews;
import forum.api.audit.asof.VenueAsOf;
import forum.api.commands.TestMunicipality;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueLicenceRecommendation;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RecommendationKind;
import forum.core.venue.RecordLicensingDecision;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.ResolveVenueIssue;
import forum.core.venue.RevokeLicenceRecommendation;
import forum.core.venue.Severity;
import forum.projections.runtime.TenantScope;

/**
 * The auditor's case file as of a moment, for a case of 1,000 events written through the command path (so every
 * issue's description and resolution is sealed with its issue's key): the view folded from the event store (in
 * process, and over HTTP with a bearer token), as of the last event and as of halfway. Reference, in the same run:
 * the same rows read by plain SQL, under the same role and tenant, without opening or folding them.
 * Target: p95 < 200 ms. {@code -Dforum.bench.asof.rounds=} sets the rounds (default 200).
 */
@ForumIntegrationTest
class AsOfBenchmark extends ApplicationBenchmark {

    private static final int EVENTS = 1_000;
    private static final int ISSUES = 700;
    private static final int RESOLVED = 200;
    private static final int RECOMMENDATIONS = 50;
    private static final int REVOKED = 20;
    private static final int WARM_UP = 30;
    private static final double TARGET_MS = 200;

    @Autowired
    AsOfViews views;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theCaseFileAsOfAMomentForACaseOfAThousandEvents() {
        int rounds = Integer.getInteger("forum.bench.asof.rounds", 200);
        Report report = new Report("As of a moment: a venue's case file folded from its 1,000 events");
        try {
            UUID tenant = TestMunicipality.signUp(http, accounts).tenantId();
            long started = System.nanoTime();
            List<Instant> times = new ArrayList<>();
            UUID venue = writeCase(tenant, times);
            report.row("generated", "%,d events through the command gateway in %.0f s", times.size(),
                    (System.nanoTime() - started) / 1e9);
            ForumUser auditor = new ForumUser(UUID.randomUUID(), tenant, "bench-auditor@example.no", "",
                    "Benk Revisor", Set.of(Role.AUDITOR));
            Instant last = times.get(times.size() - 1);
            Instant halfway = times.get(times.size() / 2);
            VenueAsOf whole = views.venue(auditor, venue, last);
            assertThat(whole.issues()).hasSize(ISSUES);
            assertThat(whole.issues().get(0).description()).isEqualTo("Beskrivning 0");
            HttpEntity<Void> bearer = bearer(tenant);
            String url = "/api/v1/audit/venues/" + venue + "/as-of?asOf=";

            Latencies inProcess = new Latencies();
            Latencies inProcessHalf = new Latencies();
            Latencies overHttp = new Latencies();
            Latencies reference = new Latencies();
            for (int round = 0; round < WARM_UP + rounds; round++) {
                boolean measured = round >= WARM_UP;
                time(measured ? inProcess : null, () -> views.venue(auditor, venue, last));
                time(measured ? inProcessHalf : null, () -> views.venue(auditor, venue, halfway));
                time(measured ? overHttp : null, () -> {
                    ResponseEntity<String> answer = http.exchange(url + last, HttpMethod.GET, bearer, String.class);
                    assertThat(answer.getStatusCode().value()).isEqualTo(200);
                });
                time(measured ? reference : null, () -> plainRows(tenant, venue));
            }
            report.row("as of the last event, in process", inProcess.summary().toString());
            report.row("as of halfway, in process", inProcessHalf.summary().toString());
            report.row("as of the last event, over HTTP", overHttp.summary().toString());
            report.row("reference: the same rows by plain SQL", reference.summary().toString());
            double p95 = overHttp.summary().p95();
            report.row("target", "p95 < %.0f ms over HTTP: %s (p95 %.1f ms; %s of the plain read)", TARGET_MS,
                    p95 < TARGET_MS ? "met" : "MISSED", p95, Report.ratio(inProcess.summary().p95(),
                            reference.summary().p95()));
            report.note("Rounds: %d after %d to warm up, the four reads in turn each round.", rounds, WARM_UP);
        } finally {
            report.print();
        }
    }

    /** A venue, 700 issues, 200 of them resolved, 50 recommendations, 20 revoked, decisions to make 1,000. */
    private UUID writeCase(UUID tenant, List<Instant> times) {
        UUID venue = UUID.randomUUID();
        send(times, new RegisterVenue(tenant, venue, "Benkbaren", "Gata 1", "LIC-B", "Benk AS",
                LicenceKind.PERMANENT_PUBLIC, "11-02"));
        List<UUID> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            UUID issue = UUID.randomUUID();
            issues.add(issue);
            send(times, new RegisterVenueIssue(tenant, venue, issue, IssueCategory.values()[i % 10],
                    Instant.now().minus(1, ChronoUnit.DAYS), IssueSource.POLICE, "Beskrivning " + i,
                    Severity.values()[i % 4]));
        }
        for (int i = 0; i < RESOLVED; i++) {
            send(times, new ResolveVenueIssue(tenant, venue, issues.get(i), "Åtgärd " + i));
        }
        List<UUID> recommendations = new ArrayList<>();
        for (int i = 0; i < RECOMMENDATIONS; i++) {
            UUID recommendation = UUID.randomUUID();
            recommendations.add(recommendation);
            send(times, new IssueLicenceRecommendation(tenant, venue, recommendation, RecommendationKind.WARNING,
                    "Motivering " + i, Set.of(issues.get(RESOLVED + i)), null));
        }
        for (int i = 0; i < REVOKED; i++) {
            send(times, new RevokeLicenceRecommendation(tenant, venue, recommendations.get(i), "Skäl " + i));
        }
        for (int i = 0; times.size() < EVENTS; i++) {
            send(times, new RecordLicensingDecision(tenant, venue, UUID.randomUUID(), null, DecisionOutcome.REMARK,
                    LocalDate.now(), null, "SN-" + i));
        }
        return venue;
    }

    private void send(List<Instant> times, Object command) {
        commands.sendAndWait(command);
        times.add(Instant.now());
    }

    /** The case's rows as the view reads them, under the same role and tenant, bytes only. */
    private void plainRows(UUID tenant, UUID venue) {
        int rows = transactions.execute(status -> {
            tenantScope.enter(tenant);
            return jdbc.sql("""
                            select event_identifier, aggregate_identifier, sequence_number, time_stamp, payload_type,
                                   payload_revision, payload
                            from domain_event_entry
                            where aggregate_identifier = :aggregate
                            order by sequence_number
                            """)
                    .param("aggregate", venue.toString())
                    .query((row, n) -> row.getBytes("payload")).list().size();
        });
        assertThat(rows).isEqualTo(EVENTS);
    }

    private static HttpEntity<Void> bearer(UUID tenant) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TrustedIssuer.token(tenant, Role.AUDITOR.name()));
        return new HttpEntity<>(headers);
    }

    private static void time(Latencies latencies, Runnable read) {
        long start = System.nanoTime();
        read.run();
        if (latencies != null) {
            latencies.record(System.nanoTime() - start);
        }
    }
}
