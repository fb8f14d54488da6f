package forum.api.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.Severity;
import forum.projections.runtime.ConsumerLag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appends through the command path (CommandGateway.sendAndWait: load the venue, check the rules, append,
 * commit) beside plain JDBC inserts of event-shaped rows by the same number of threads, on the same server in
 * the same run. Target on 2 cores: >= 1,500 events/s, >= 40% of the ceiling, p99 < 25 ms at 500 commands/s.
 */
@ForumIntegrationTest
class AppendBenchmark extends ApplicationBenchmark {

    private static final int TENANTS = 8;
    private static final int VENUES_PER_TENANT = 50;
    private static final int[] THREADS = {4, 16};
    private static final Duration RUN = Duration.ofSeconds(8);
    private static final Duration PACED = Duration.ofSeconds(12);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("forum.bench.append.warm-up-seconds", 10));
    private static final Duration WARM_UP_CAP = Duration.ofSeconds(
            Long.getLong("forum.bench.append.warm-up-cap-seconds", 300));
    /**
     * The web and security stack runs only in this phase, so the JIT meets it cold: after 10 s of requests a
     * request still took 8.8 ms of CPU on its server thread, after 60 s 3.3 ms.
     */
    private static final Duration HTTP_WARM_UP = Duration.ofSeconds(
            Long.getLong("forum.bench.append.http-warm-up-seconds", 60));
    private static final String ISSUE = "forum.core.venue.VenueIssueRegistered";

    @Autowired
    UserAccounts accounts;

    @Autowired
    ObjectMapper json;

    @Autowired
    ServerThreadCpu serverThreads;

    @Autowired
    ApplicationContext context;

    @Autowired
    ConsumerLag consumerLag;

    @Test
    void appendThroughTheCommandPathBesidePlainInserts() throws Exception {
        Report report = new Report("Append: command path vs plain JDBC inserts");
        try {
            BenchDatabase database = database();
            Processes processes = new Processes(database.postmasterPid());
            Venues venues = Venues.register(commands, TENANTS, VENUES_PER_TENANT);
            long storedBefore = storedIssues();
            long sent = 0;

            // For the JIT to compile the command path, the publisher and the consumers.
            JitWarmUp.Outcome warmUp = JitWarmUp.run(8, WARM_UP, WARM_UP_CAP,
                    i -> commands.sendAndWait(venues.issueAtAnyVenue()));
            sent += warmUp.operations();
            ReferenceEventTable reference = referenceTable(venues);
            Load.closedLoop(8, Duration.ofSeconds(3), reference::insert);

            report.row("server", database.commitSettings());
            report.row("venues (tenants x venues)", "%d x %d", TENANTS, VENUES_PER_TENANT);
            report.row("warm-up, RegisterVenueIssue, 8 threads", warmUp.toString());
            for (int threads : THREADS) {
                Processes.CpuTime start = processes.cpu();
                long compiled = JitWarmUp.compiledMillis();
                Load.Outcome ceiling = Load.closedLoop(threads, RUN, reference::insert);
                Processes.CpuTime afterCeiling = processes.cpu();
                Load.Outcome ours = Load.closedLoop(threads, RUN, i -> commands.sendAndWait(venues.issueAtAnyVenue()));
                Processes.CpuTime afterOurs = processes.cpu();
                sent += ours.operations();
                assertThat(ours.failures()).as("failed commands, first: %s", ours.firstFailure()).isZero();
                report.row(threads + " threads: plain JDBC inserts", "%s  %s  %s",
                        Report.perSecond(ceiling.perSecond()), ceiling.latency(),
                        cpuPerEvent(afterCeiling.minus(start), ceiling.operations()));
                report.row(threads + " threads: RegisterVenueIssue", "%s  %s  %s", Report.perSecond(ours.perSecond()),
                        ours.latency(), cpuPerEvent(afterOurs.minus(afterCeiling), ours.operations()));
                report.row(threads + " threads: command path / ceiling", "%s  (JIT compiler CPU %s in the %d s)",
                        Report.ratio(ours.perSecond(), ceiling.perSecond()), seconds(JitWarmUp.since(compiled)),
                        2 * RUN.toSeconds());
            }

            sent += commandPathAlone(venues, reference, processes, report);

            for (int rate : new int[] {500, 100}) {
                Processes.CpuTime start = processes.cpu();
                long compiled = JitWarmUp.compiledMillis();
                Load.Outcome paced = Load.paced(rate, PACED, 64,
                        i -> commands.sendAndWait(venues.issueAtAnyVenue()));
                Processes.CpuTime used = processes.cpu().minus(start);
                sent += paced.operations();
                assertThat(paced.failures()).as("failed commands, first: %s", paced.firstFailure()).isZero();
                report.row("paced " + rate + " commands/s, from due time", "%s  achieved %s, shed %d  %s",
                        paced.latency(), Report.perSecond(paced.operations() / (double) PACED.toSeconds()),
                        paced.shed(), cpuPerEvent(used, paced.operations()));
                report.row("paced " + rate + " commands/s, service time", "%s  (JIT compiler CPU %s in the %d s)",
                        paced.serviceLatency(), seconds(JitWarmUp.since(compiled)), PACED.toSeconds());
            }

            try {
                sent += httpPath(venues, processes, report);
            } catch (RuntimeException | AssertionError e) {
                report.row("HTTP path", "not measured: " + e.getMessage());
                sent = -1; // the requests that did get through are not counted
            }

            if (sent >= 0) {
                assertThat(storedIssues() - storedBefore).as("every accepted command stored exactly one event")
                        .isEqualTo(sent);
            }
            report.row("events stored by this benchmark", "%,d (= commands accepted); %.0f events per venue at the end",
                    sent, (double) sent / venues.all().size());
            report.note("CPU per event: process CPU time (JVM: application, in-JVM Kafka broker, benchmark;"
                    + " PostgreSQL: postmaster and backends) during the run divided by events; it includes the"
                    + " publisher and consumers working in the background.");
        } finally {
            report.print();
        }
    }

    /**
     * The plain inserts beside it have no pipeline, while our commands share the two cores with the publisher,
     * the in-JVM broker and the consumers, which handle every event too. This phase stops the publisher (so the
     * broker and the consumers idle) to show what the command path does alone, and then how long the pipeline
     * takes to bring the backlog to the read models. The target is judged on the phases with the pipeline.
     */
    private long commandPathAlone(Venues venues, ReferenceEventTable reference, Processes processes, Report report)
            throws Exception {
        int threads = THREADS[THREADS.length - 1];
        Load.Outcome ceiling = Load.closedLoop(threads, RUN, reference::insert);
        PausedPublisher publisher = PausedPublisher.pause(context, database());
        Processes.CpuTime start = processes.cpu();
        Load.Outcome alone = Load.closedLoop(threads, RUN, i -> commands.sendAndWait(venues.issueAtAnyVenue()));
        Processes.CpuTime afterAlone = processes.cpu();
        Load.Outcome paced = Load.paced(500, PACED, 64, i -> commands.sendAndWait(venues.issueAtAnyVenue()));
        Processes.CpuTime pacedUsed = processes.cpu().minus(afterAlone);
        Processes.CpuTime used = afterAlone.minus(start);
        Duration caughtUp = publisher.resumeAndCatchUp(consumerLag, Duration.ofMinutes(5));
        assertThat(List.of(alone, paced)).allSatisfy(outcome -> assertThat(outcome.failures())
                .as("failed commands, first: %s", outcome.firstFailure()).isZero());
        report.row(threads + " threads, publisher stopped: RegisterVenueIssue", "%s  %s  %s",
                Report.perSecond(alone.perSecond()), alone.latency(), cpuPerEvent(used, alone.operations()));
        report.row(threads + " threads, publisher stopped: command path / ceiling", "%s (plain inserts %s just before)",
                Report.ratio(alone.perSecond(), ceiling.perSecond()), Report.perSecond(ceiling.perSecond()));
        report.row("paced 500 commands/s, publisher stopped, from due time", "%s  achieved %s, shed %d  %s",
                paced.latency(), Report.perSecond(paced.operations() / (double) PACED.toSeconds()), paced.shed(),
                cpuPerEvent(pacedUsed, paced.operations()));
        report.row("publisher started again", "the %,d events appended meanwhile reached the read models in %.1f s",
                alone.operations() + paced.operations(), caughtUp.toMillis() / 1000.0);
        return alone.operations() + paced.operations();
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String cpuPerEvent(Processes.CpuTime used, long events) {
        return String.format("CPU/event: JVM %.2f ms, PostgreSQL %.2f ms", used.jvm() * 1000 / events,
                used.postgres() * 1000 / events);
    }

    /**
     * POST /api/v1/venues/{venueId}/issues by a forum member: once signed in with a bearer token of the trusted
     * issuer (production), once with a built-in account, which hashes its password with Argon2 on every request.
     */
    private long httpPath(Venues venues, Processes processes, Report report) throws Exception {
        Map<UUID, HttpHeaders> bearer = new HashMap<>();
        Map<UUID, HttpHeaders> basic = new HashMap<>();
        for (UUID tenant : venues.tenants()) {
            HttpHeaders token = new HttpHeaders();
            token.setBearerAuth(TrustedIssuer.token(tenant, Role.FORUM_MEMBER.name()));
            bearer.put(tenant, token);
            String username = "bench-member-" + tenant + "@example.no";
            accounts.create(tenant, username, "a long enough password", "Benk Member", EnumSet.of(Role.FORUM_MEMBER));
            HttpHeaders password = new HttpHeaders();
            password.setBasicAuth(username, "a long enough password");
            basic.put(tenant, password);
        }
        long sent = 0;
        post(venues, bearer::get).run(0); // first request initialises the client and the JWT decoder
        sent++;
        Load.Outcome warmUp = Load.closedLoop(8, HTTP_WARM_UP, post(venues, bearer::get));
        sent += warmUp.operations();
        Processes.CpuTime start = processes.cpu();
        long[] serverBefore = serverThreads.total();
        Load.Outcome jwt = Load.closedLoop(8, Duration.ofSeconds(8), post(venues, bearer::get));
        Processes.CpuTime used = processes.cpu().minus(start);
        double serverMillis = serverThreads.perRequestSince(serverBefore);
        sent += jwt.operations();
        Load.Outcome argon2 = Load.closedLoop(8, Duration.ofSeconds(6), post(venues, basic::get));
        sent += argon2.operations();
        assertThat(List.of(warmUp, jwt, argon2)).allSatisfy(outcome -> assertThat(outcome.failures())
                .as("failed requests, first: %s", outcome.firstFailure()).isZero());
        report.row("HTTP 8 threads, bearer token (JWT)", "%s  %s  %s; on the request's server thread %.2f ms",
                Report.perSecond(jwt.perSecond()), jwt.latency(), cpuPerEvent(used, jwt.operations()), serverMillis);
        report.row("HTTP 8 threads, built-in account (Argon2)", "%s  %s", Report.perSecond(argon2.perSecond()),
                argon2.latency());
        return sent;
    }

    /**
     * Through a JDK HttpClient of its own with the body as a string: TestRestTemplate's JDK client started two
     * threads per request (one streams the body), CPU that the figures would have counted as the server's.
     */
    private Load.Operation post(Venues venues, Function<UUID, HttpHeaders> signIn) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return i -> {
            Venues.Venue venue = venues.any();
            String body = json.writeValueAsString(Map.of("category", IssueCategory.OVERSERVING,
                    "observedAt", Instant.now(), "source", IssueSource.POLICE, "description", Venues.DESCRIPTION,
                    "severity", Severity.MEDIUM));
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(http.getRootUri() + "/api/v1/venues/" + venue.venueId() + "/issues"))
                    .header(HttpHeaders.AUTHORIZATION, signIn.apply(venue.tenantId()).getFirst(HttpHeaders.AUTHORIZATION))
                    .header(HttpHeaders.CONTENT_TYPE, "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != HttpStatus.CREATED.value()) {
                throw new IllegalStateException("POST answered " + answer.statusCode() + ": " + answer.body());
            }
        };
    }

    private ReferenceEventTable referenceTable(Venues venues) throws Exception {
        Map<String, Object> sample = relay.jdbc().sql("""
                        select payload, meta_data from domain_event_entry where payload_type = :type
                        order by global_index desc limit 1
                        """)
                .param("type", ISSUE)
                .query()
                .singleRow();
        return ReferenceEventTable.create(database(), dataSource,
                venues.all().stream().map(venue -> venue.venueId().toString()).toList(),
                (byte[]) sample.get("payload"), (byte[]) sample.get("meta_data"));
    }

    private long storedIssues() {
        return relay.jdbc().sql("select count(*) from domain_event_entry where payload_type = :type")
                .param("type", ISSUE).query(Long.class).single();
    }
}
