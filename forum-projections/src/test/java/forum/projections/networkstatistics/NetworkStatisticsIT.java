package forum.projections.networkstatistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.forum.MemberRole;
import forum.core.meeting.AttendanceRecorded;
import forum.core.meeting.Attendee;
import forum.core.meeting.MeetingCancelled;
import forum.core.meeting.MeetingRescheduled;
import forum.core.meeting.MeetingScheduled;
import forum.core.meeting.MinutesRecorded;
import forum.core.municipality.Country;
import forum.core.municipality.MunicipalitySignedUp;
import forum.core.network.MunicipalityJoinedNetwork;
import forum.core.network.MunicipalityLeftNetwork;
import forum.core.network.NetworkCreated;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.LicenceRecommendationIssued;
import forum.core.venue.LicensingDecisionRecorded;
import forum.core.venue.RecommendationKind;
import forum.core.venue.Severity;
import forum.core.venue.VenueIssueRegistered;
import forum.core.venue.VenueRegistered;
import forum.projections.support.Feed;
import forum.projections.support.ProjectionsIntegrationTest;
import forum.projections.support.Streams;
import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.DomainEventTypes;
import forum.projections.contract.EventTenancy;
import forum.projections.runtime.Projection;
import forum.projections.runtime.TenantScope;
import forum.core.shared.DomainEvent;
import forum.projections.municipality.MunicipalityKeys;
import forum.projections.runtime.NetworkScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ProjectionsIntegrationTest
class NetworkStatisticsIT {

    static final Quarter Q4 = Quarter.parse("2026-Q4");

    @Autowired
    Feed feed;

    @Autowired
    NetworkStatistics statistics;

    @Autowired
    ObjectMapper json;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NetworkScope networkScope;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MunicipalityKeys keys;

    @Autowired
    StatisticsReader reader;

    @Autowired
    List<Projection> projections;

    @Autowired
    TenantScope tenantScope;

    final UUID network = UUID.randomUUID();
    final UUID karlstad = UUID.randomUUID();
    final UUID arvika = UUID.randomUUID();
    final UUID kil = UUID.randomUUID();
    final UUID hammaro = UUID.randomUUID();
    final UUID forshaga = UUID.randomUUID();
    final String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
    final UUID police1 = UUID.randomUUID();
    final UUID police2 = UUID.randomUUID();
    final UUID coordinator = UUID.randomUUID();
    final UUID taxi = UUID.randomUUID();
    final List<DomainEventRecord> records = new ArrayList<>();
    Streams streams;

    @BeforeEach
    void aNetworkOfThreeMembersInTheQuarter() {
        streams = new Streams(json);
        signUp(karlstad, "Karlstad");
        signUp(arvika, "Arvika");
        signUp(kil, "Kil");
        signUp(hammaro, "Hammarö");
        signUp(forshaga, "Forshaga");
        records.add(streams.next(null, network, at("2026-01-01T09:00:00Z"),
                new NetworkCreated(network, "Krogar mot knark " + suffix, Country.SE)));
        join(karlstad, "2026-03-01T09:00:00Z");
        join(arvika, "2026-03-01T09:00:00Z");
        join(forshaga, "2026-03-01T09:00:00Z");
        records.add(streams.next(forshaga, network, at("2026-09-01T09:00:00Z"),
                new MunicipalityLeftNetwork(network, forshaga)));
        join(kil, "2026-11-15T09:00:00Z");

        // Karlstad: three meetings held in Q4 (one at 00:30 local time on 1 October), one cancelled after
        // attendance, one only scheduled, one held in Q3.
        held(karlstad, "2026-10-10T17:00:00Z", List.of(attendee(police1, MemberRole.POLICE),
                attendee(coordinator, MemberRole.COORDINATOR)), List.of(attendee(police2, MemberRole.POLICE),
                attendee(taxi, MemberRole.TAXI)));
        heldWithMinutesOnly(karlstad, "2026-11-10T17:00:00Z");
        held(karlstad, "2026-09-30T22:30:00Z", List.of(attendee(police1, MemberRole.POLICE),
                attendee(police2, MemberRole.POLICE), attendee(coordinator, MemberRole.COORDINATOR),
                attendee(taxi, MemberRole.TAXI)), List.of());
        UUID cancelled = held(karlstad, "2026-11-20T17:00:00Z", List.of(attendee(police1, MemberRole.POLICE)), List.of());
        records.add(streams.next(karlstad, cancelled, at("2026-11-21T09:00:00Z"),
                new MeetingCancelled(karlstad, cancelled, "Felregistrerat")));
        schedule(karlstad, "2026-12-10T17:00:00Z");
        held(karlstad, "2026-09-20T17:00:00Z", List.of(attendee(police1, MemberRole.POLICE)), List.of());
        UUID karlstadVenue = venue(karlstad, "2026-10-02T09:00:00Z");
        venue(karlstad, "2026-10-02T09:00:00Z");
        venue(karlstad, "2026-10-02T09:00:00Z");
        UUID drugs = issues(karlstad, karlstadVenue, IssueCategory.DRUGS, "2026-10-15T22:00:00Z", 3);
        issues(karlstad, karlstadVenue, IssueCategory.VIOLENCE, "2026-10-16T22:00:00Z", 1);
        issues(karlstad, karlstadVenue, IssueCategory.DRUGS, "2026-09-15T22:00:00Z", 1);
        records.add(streams.next(karlstad, karlstadVenue, at("2026-10-20T09:00:00Z"),
                new LicenceRecommendationIssued(karlstad, karlstadVenue, UUID.randomUUID(), RecommendationKind.WARNING,
                        "Fritext", Set.of(drugs), null)));
        records.add(streams.next(karlstad, karlstadVenue, at("2026-11-20T09:00:00Z"),
                new LicensingDecisionRecorded(karlstad, karlstadVenue, UUID.randomUUID(), null, DecisionOutcome.REMARK,
                        LocalDate.parse("2026-11-21"), null, "SN 1")));

        // Arvika: one meeting held, five drug issues, one venue.
        heldWithMinutesOnly(arvika, "2026-11-03T17:00:00Z");
        UUID arvikaVenue = venue(arvika, "2026-10-05T09:00:00Z");
        issues(arvika, arvikaVenue, IssueCategory.DRUGS, "2026-11-01T22:00:00Z", 5);

        // Kil joined in November: its whole quarter counts.
        UUID kilVenue = venue(kil, "2026-06-01T09:00:00Z");
        issues(kil, kilVenue, IssueCategory.DRUGS, "2026-10-03T22:00:00Z", 1);

        // Hammarö never joined; Forshaga left in Q3: neither counts in Q4.
        UUID hammaroVenue = venue(hammaro, "2026-10-05T09:00:00Z");
        issues(hammaro, hammaroVenue, IssueCategory.DRUGS, "2026-10-10T22:00:00Z", 10);
        heldWithMinutesOnly(hammaro, "2026-10-12T17:00:00Z");
        UUID forshagaVenue = venue(forshaga, "2026-10-05T09:00:00Z");
        issues(forshaga, forshagaVenue, IssueCategory.DRUGS, "2026-10-10T22:00:00Z", 7);
        issues(forshaga, forshagaVenue, IssueCategory.DRUGS, "2026-08-10T22:00:00Z", 4);

        feed.applyTwice(records);
    }

    @Test
    void theDashboardHasOneRowPerMunicipalityThatWasAMemberInTheQuarter() {
        NetworkDashboard dashboard = statistics.dashboard(network, Q4).orElseThrow();

        assertThat(dashboard.networkName()).isEqualTo("Krogar mot knark " + suffix);
        assertThat(dashboard.quarter()).isEqualTo("2026-Q4");
        assertThat(dashboard.municipalities()).extracting(MunicipalityFigures::name)
                .containsExactly("Arvika", "Karlstad", "Kil");
        assertThat(dashboard.municipalities()).extracting(MunicipalityFigures::municipalityKey)
                .containsExactly(key("Arvika"), key("Karlstad"), key("Kil"));
    }

    @Test
    void countsMeetingsHeldAttendanceByRoleIssuesRecommendationsDecisionsAndVenues() {
        Figures karlstadQ4 = row(statistics.dashboard(network, Q4).orElseThrow(), "Karlstad");

        assertThat(karlstadQ4.meetingsHeld()).isEqualTo(new Cell(3L, false));
        assertThat(karlstadQ4.issuesByCategory().get(IssueCategory.DRUGS)).isEqualTo(new Cell(3L, false));
        assertThat(karlstadQ4.issuesByCategory().get(IssueCategory.OVERSERVING)).isEqualTo(new Cell(0L, false));
        assertThat(karlstadQ4.venuesRegistered()).isEqualTo(new Cell(3L, false));
        assertThat(karlstadQ4.attendanceRateByRole().get(MemberRole.POLICE).rate()).isCloseTo(0.75, within(1e-9));
        assertThat(karlstadQ4.attendanceRateByRole().get(MemberRole.LICENSING)).isEqualTo(new AttendanceRate(null, false));
        assertThat(karlstadQ4.issuesByCategory()).hasSize(IssueCategory.values().length);
        assertThat(karlstadQ4.recommendationsByKind()).hasSize(RecommendationKind.values().length);
        assertThat(karlstadQ4.decisionsByOutcome()).hasSize(DecisionOutcome.values().length);
    }

    @Test
    void countsOfOneOrTwoAreSuppressedForTheNetwork() {
        NetworkDashboard dashboard = statistics.dashboard(network, Q4).orElseThrow();
        Figures karlstadQ4 = row(dashboard, "Karlstad");
        Figures arvikaQ4 = row(dashboard, "Arvika");
        Figures kilQ4 = row(dashboard, "Kil");

        Cell suppressed = new Cell(null, true);
        assertThat(karlstadQ4.issuesByCategory().get(IssueCategory.VIOLENCE)).isEqualTo(suppressed);
        assertThat(karlstadQ4.recommendationsByKind().get(RecommendationKind.WARNING)).isEqualTo(suppressed);
        assertThat(karlstadQ4.decisionsByOutcome().get(DecisionOutcome.REMARK)).isEqualTo(suppressed);
        assertThat(karlstadQ4.attendanceRateByRole().get(MemberRole.COORDINATOR)).isEqualTo(new AttendanceRate(null, true));
        assertThat(karlstadQ4.attendanceRateByRole().get(MemberRole.TAXI)).isEqualTo(new AttendanceRate(null, true));
        assertThat(arvikaQ4.meetingsHeld()).isEqualTo(suppressed);
        assertThat(arvikaQ4.venuesRegistered()).isEqualTo(suppressed);
        assertThat(arvikaQ4.issuesByCategory().get(IssueCategory.DRUGS)).isEqualTo(new Cell(5L, false));
        assertThat(kilQ4.issuesByCategory().get(IssueCategory.DRUGS)).isEqualTo(suppressed);
        assertThat(kilQ4.meetingsHeld()).isEqualTo(new Cell(0L, false));
        assertThat(dashboard.totals().issuesByCategory().get(IssueCategory.VIOLENCE)).isEqualTo(suppressed);
    }

    @Test
    void totalsAndMediansOverTheMembersOfTheQuarter() {
        NetworkDashboard dashboard = statistics.dashboard(network, Q4).orElseThrow();

        // Kil's drug issues and Arvika's meetings and venues are 1 or 2: the totals (9, 4 and 4) would give them away.
        Cell suppressed = new Cell(null, true);
        assertThat(dashboard.totals().issuesByCategory().get(IssueCategory.DRUGS)).isEqualTo(suppressed);
        assertThat(dashboard.totals().meetingsHeld()).isEqualTo(suppressed);
        assertThat(dashboard.totals().venuesRegistered()).isEqualTo(suppressed);
        assertThat(dashboard.totals().issuesByCategory().get(IssueCategory.OVERSERVING)).isEqualTo(new Cell(0L, false));
        assertThat(dashboard.totals().attendanceRateByRole().get(MemberRole.POLICE).rate()).isCloseTo(0.75, within(1e-9));
        Medians medians = dashboard.medians();
        assertThat(medians.municipalities()).isEqualTo(3);
        assertThat(medians.suppressed()).isFalse();
        assertThat(medians.issuesByCategory().get(IssueCategory.DRUGS)).isEqualTo(3.0);
        assertThat(medians.issuesByCategory().get(IssueCategory.VIOLENCE)).isEqualTo(0.0);
        assertThat(medians.meetingsHeld()).isEqualTo(1.0);
        assertThat(medians.venuesRegistered()).isEqualTo(1.0);
        assertThat(medians.attendanceRateByRole().get(MemberRole.POLICE))
                .as("only one municipality recorded police attendance").isNull();
    }

    @Test
    void membershipDecidesTheQuarter() {
        NetworkDashboard q3 = statistics.dashboard(network, Q4.previous()).orElseThrow();

        assertThat(q3.municipalities()).extracting(MunicipalityFigures::name)
                .containsExactly("Arvika", "Forshaga", "Karlstad");
        assertThat(row(q3, "Forshaga").issuesByCategory().get(IssueCategory.DRUGS)).isEqualTo(new Cell(4L, false));
        assertThat(row(q3, "Karlstad").meetingsHeld()).isEqualTo(new Cell(null, true));
        assertThat(statistics.dashboard(network, Quarter.parse("2025-Q4")).orElseThrow().municipalities()).isEmpty();
        assertThat(statistics.dashboard(network, Quarter.parse("2025-Q4")).orElseThrow().medians().suppressed()).isTrue();
    }

    @Test
    void aMunicipalityComparesItsOwnFiguresUnsuppressedWithTheNetworkMedian() {
        MunicipalityComparison comparison = statistics.compare(karlstad, network, Q4).orElseThrow();

        assertThat(comparison.municipalityName()).isEqualTo("Karlstad");
        assertThat(comparison.own().issuesByCategory().get(IssueCategory.VIOLENCE)).isEqualTo(new Cell(1L, false));
        assertThat(comparison.own().recommendationsByKind().get(RecommendationKind.WARNING)).isEqualTo(new Cell(1L, false));
        assertThat(comparison.own().attendanceRateByRole().get(MemberRole.COORDINATOR).rate()).isEqualTo(1.0);
        assertThat(comparison.network().issuesByCategory().get(IssueCategory.DRUGS)).isEqualTo(3.0);
        assertThat(comparison.network().municipalities()).isEqualTo(3);
    }

    @Test
    void onlyMembersOfTheQuarterCanCompare() {
        assertThat(statistics.compare(hammaro, network, Q4)).isEmpty();
        assertThat(statistics.compare(forshaga, network, Q4)).isEmpty();
        assertThat(statistics.compare(forshaga, network, Q4.previous())).isPresent();
        assertThat(statistics.compare(kil, network, Q4.previous())).isEmpty();
    }

    @Test
    void aMunicipalitySeesItsOwnMemberships() {
        assertThat(statistics.memberships(forshaga)).singleElement().satisfies(membership -> {
            assertThat(membership.networkId()).isEqualTo(network);
            assertThat(membership.joinedAt()).isEqualTo(at("2026-03-01T09:00:00Z"));
            assertThat(membership.leftAt()).isEqualTo(at("2026-09-01T09:00:00Z"));
        });
        assertThat(statistics.memberships(hammaro)).isEmpty();
    }

    @Test
    void aNetworkSeesItsMembersByNameAndKeyCurrentOnesFirstThenThoseWhoLeft() {
        assertThat(statistics.members(network)).extracting(NetworkMember::municipalityName)
                .containsExactly("Kil", "Arvika", "Karlstad", "Forshaga");
        assertThat(statistics.members(network)).last().satisfies(past -> {
            assertThat(past.municipalityKey()).isEqualTo(key("Forshaga"));
            assertThat(past.leftAt()).isEqualTo(at("2026-09-01T09:00:00Z"));
            assertThat(past.current()).isFalse();
        });
        assertThat(statistics.members(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aKeyNamesItsOneMunicipalityAcrossTenantsAndNothingMore() {
        assertThat(keys.find(" " + key("Hammarö").toLowerCase() + " ")).hasValue(
                new MunicipalityKeys.KnownMunicipality(hammaro, "Hammarö"));
        assertThat(keys.find("SE-Hammar")).as("no partial match").isEmpty();
        assertThat(keys.find("%")).as("no pattern").isEmpty();
        assertThat(keys.find("")).isEmpty();
        // The lookup opens nothing else: outside a tenant or a network, the table itself shows no row.
        Long outside = transactions.execute(status -> jdbc.sql("select count(*) from statistics_municipality")
                .query(Long.class).single());
        assertThat(outside).isZero();
    }

    @Test
    void aNetworkViewerReadsNoFactsOfMunicipalitiesOutsideTheNetwork() {
        List<UUID> visible = transactions.execute(status -> {
            networkScope.enter(network);
            return jdbc.sql("select distinct tenant_id from statistics_issue").query(UUID.class).list();
        });

        assertThat(visible).containsExactlyInAnyOrder(karlstad, arvika, kil, forshaga);
    }

    @Test
    void aRedeliveredStreamChangesNoFigure() {
        NetworkDashboard before = statistics.dashboard(network, Q4).orElseThrow();
        feed.apply(records);

        assertThat(statistics.dashboard(network, Q4).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anUnknownNetworkHasNoDashboard() {
        assertThat(statistics.dashboard(UUID.randomUUID(), Q4)).isEmpty();
        assertThat(statistics.trend(UUID.randomUUID(), Q4, 8)).isEmpty();
    }

    @Test
    void theTrendReadAtOnceEqualsEachQuarterReadAlone() {
        List<QuarterTotals> trend = statistics.trend(network, Q4, 5).orElseThrow();

        for (QuarterTotals totals : trend) {
            Quarter quarter = Quarter.parse(totals.quarter());
            assertThat(statistics.trend(network, quarter, 1).orElseThrow()).as(totals.quarter())
                    .containsExactly(totals);
            NetworkDashboard alone = statistics.dashboard(network, quarter).orElseThrow();
            assertThat(totals.municipalities()).as(totals.quarter()).isEqualTo(alone.municipalities().size());
            assertThat(totals.meetingsHeld()).as(totals.quarter()).isEqualTo(alone.totals().meetingsHeld());
        }
        assertThat(trend).extracting(QuarterTotals::municipalities).as("members come and go over the quarters")
                .containsExactly(0, 3, 3, 3, 3);
    }

    @Test
    void theTrendHasTheTotalsOfEachQuarterUpToTheChosenOne() {
        List<QuarterTotals> trend = statistics.trend(network, Q4, 5).orElseThrow();

        assertThat(trend).extracting(QuarterTotals::quarter)
                .containsExactly("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(trend.get(0).municipalities()).isZero();
        assertThat(trend.get(0).issues()).isEqualTo(new Cell(0L, false));
        NetworkDashboard q4 = statistics.dashboard(network, Q4).orElseThrow();
        QuarterTotals last = trend.get(4);
        assertThat(last.municipalities()).isEqualTo(q4.municipalities().size());
        assertThat(last.meetingsHeld()).isEqualTo(q4.totals().meetingsHeld());
        assertThat(last.venuesRegistered()).isEqualTo(q4.totals().venuesRegistered());
        Collection<Cell> issues = q4.totals().issuesByCategory().values();
        assertThat(last.issues()).isEqualTo(issues.stream().anyMatch(Cell::suppressed) ? new Cell(null, true)
                : new Cell(issues.stream().mapToLong(Cell::value).sum(), false));
        assertThat(trend.get(3).municipalities()).isEqualTo(3);
    }

    @Test
    void theCountsKeptPerQuarterEqualTheFactsThroughChangesAndEventsAppliedAgain() {
        // A meeting held in Q4 is moved to Q2 and its attendance recorded again; another's attendance is
        // replaced by fewer members; issues observed in Q1.
        int from = records.size();
        UUID moved = held(karlstad, "2026-12-01T17:00:00Z", List.of(attendee(police1, MemberRole.POLICE),
                attendee(police2, MemberRole.POLICE), attendee(taxi, MemberRole.TAXI)), List.of());
        UUID replaced = held(arvika, "2026-10-20T17:00:00Z", List.of(attendee(police1, MemberRole.POLICE),
                attendee(coordinator, MemberRole.COORDINATOR), attendee(taxi, MemberRole.TAXI)), List.of());
        records.add(streams.next(karlstad, moved, at("2026-12-02T09:00:00Z"), new MeetingRescheduled(karlstad, moved,
                at("2026-05-05T17:00:00Z"), Duration.ofHours(2), "Rådhuset")));
        records.add(streams.next(karlstad, moved, at("2026-12-02T10:00:00Z"), new AttendanceRecorded(karlstad,
                moved, UUID.randomUUID(), List.of(attendee(police1, MemberRole.POLICE)),
                List.of(attendee(police2, MemberRole.POLICE)))));
        records.add(streams.next(arvika, replaced, at("2026-10-21T09:00:00Z"), new AttendanceRecorded(arvika,
                replaced, UUID.randomUUID(), List.of(attendee(police1, MemberRole.POLICE)), List.of())));
        UUID arvikaVenue = venue(arvika, "2026-01-05T09:00:00Z");
        issues(arvika, arvikaVenue, IssueCategory.VIOLENCE, "2026-02-01T22:00:00Z", 4);
        feed.applyTwice(records.subList(from, records.size()));

        assertCountsEqualTheFacts();
        List<QuarterTotals> trend = statistics.trend(network, Q4, 8).orElseThrow();

        // Every record again, past the positions, straight to the projections, as a redelivery that found no
        // position would apply it: the facts do not change, and so neither do the counts.
        appliedAgainPastThePositions(records);
        appliedAgainPastThePositions(records);

        assertCountsEqualTheFacts();
        assertThat(statistics.trend(network, Q4, 8).orElseThrow()).isEqualTo(trend);
        assertThat(trend.get(5).meetingsHeld()).as("2026-Q2: the moved meeting is Karlstad's only one there")
                .isEqualTo(new Cell(null, true));

        // A municipality's facts deleted in one statement, as a rebuild deletes them: its counts go with them.
        transactions.executeWithoutResult(status -> {
            tenantScope.enter(karlstad);
            jdbc.sql("""
                            with a as (delete from statistics_attendance where tenant_id = :tenant),
                                 m as (delete from statistics_meeting where tenant_id = :tenant),
                                 v as (delete from statistics_venue where tenant_id = :tenant)
                            delete from statistics_issue where tenant_id = :tenant
                            """).param("tenant", karlstad).update();
        });
        assertCountsEqualTheFacts();
    }

    /** The counts read for the trend, member by member and unsuppressed, and the trend, equal the facts'. */
    private void assertCountsEqualTheFacts() {
        Quarter first = Quarter.parse("2025-Q1");
        transactions.executeWithoutResult(status -> {
            networkScope.enter(network);
            Map<Quarter, List<MunicipalityCounts>> read = reader.read(network, first, Q4);
            Map<Quarter, List<MunicipalityCounts>> fromFacts = new CountedFromFacts(jdbc).count(read);
            assertThat(read.keySet()).containsExactlyElementsOf(fromFacts.keySet()).hasSize(8);
            read.forEach((quarter, members) -> {
                assertThat(members.stream().map(m -> m.figures(false)).toList()).as(quarter.toString())
                        .isEqualTo(fromFacts.get(quarter).stream().map(m -> m.figures(false)).toList());
                assertThat(MunicipalityCounts.quarterTotals(quarter, members)).as(quarter.toString())
                        .isEqualTo(MunicipalityCounts.quarterTotals(quarter, fromFacts.get(quarter)));
            });
            assertThat(read.values().stream().mapToLong(members -> members.stream()
                    .mapToLong(m -> m.meetingsHeld + m.issues.values().stream().mapToLong(Long::longValue).sum())
                    .sum()).sum()).as("something was counted").isGreaterThan(10);
        });
    }

    private void appliedAgainPastThePositions(List<DomainEventRecord> again) {
        transactions.executeWithoutResult(status -> again.forEach(record -> {
            DomainEvent event = DomainEventTypes.read(json, record);
            tenantScope.enter(EventTenancy.rowsTenant(record, event));
            projections.stream()
                    .filter(p -> Set.of("network-statistics-cases", "network-statistics-meetings").contains(p.name()))
                    .filter(p -> p.handles(event.getClass()))
                    .forEach(p -> p.apply(event, record));
        }));
    }

    private static Figures row(NetworkDashboard dashboard, String name) {
        return dashboard.municipalities().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().figures();
    }

    private String key(String name) {
        return "SE-" + name + suffix;
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private void signUp(UUID tenant, String name) {
        records.add(streams.next(tenant, key(name), at("2026-01-01T08:00:00Z"),
                new MunicipalitySignedUp(tenant, key(name), name, Country.SE, "1780", "Samordnare", "s@example.se")));
    }

    private void join(UUID tenant, String when) {
        records.add(streams.next(tenant, network, at(when), new MunicipalityJoinedNetwork(network, tenant)));
    }

    private static Attendee attendee(UUID member, MemberRole role) {
        return new Attendee(member, role);
    }

    private UUID schedule(UUID tenant, String startsAt) {
        UUID meeting = UUID.randomUUID();
        records.add(streams.next(tenant, meeting, at("2026-08-01T09:00:00Z"), new MeetingScheduled(tenant, meeting,
                UUID.randomUUID(), at(startsAt), Duration.ofHours(2), "Rådhuset", List.of("Läget"))));
        return meeting;
    }

    private UUID held(UUID tenant, String startsAt, List<Attendee> present, List<Attendee> absent) {
        UUID meeting = schedule(tenant, startsAt);
        records.add(streams.next(tenant, meeting, at(startsAt).plusSeconds(3600),
                new AttendanceRecorded(tenant, meeting, UUID.randomUUID(), present, absent)));
        return meeting;
    }

    private void heldWithMinutesOnly(UUID tenant, String startsAt) {
        UUID meeting = schedule(tenant, startsAt);
        records.add(streams.next(tenant, meeting, at(startsAt).plusSeconds(7200),
                new MinutesRecorded(tenant, meeting, "Protokoll")));
    }

    private UUID venue(UUID tenant, String registeredAt) {
        UUID venue = UUID.randomUUID();
        records.add(streams.next(tenant, venue, at(registeredAt), new VenueRegistered(tenant, venue, "Krogen",
                "Gatan 1", "T-1", "Ägare", LicenceKind.PERMANENT_PUBLIC, "11-01")));
        return venue;
    }

    /** Registers {@code count} issues observed at the given time, a day later; returns the last one. */
    private UUID issues(UUID tenant, UUID venue, IssueCategory category, String observedAt, int count) {
        UUID issue = null;
        for (int i = 0; i < count; i++) {
            issue = UUID.randomUUID();
            records.add(streams.next(tenant, venue, at(observedAt).plus(Duration.ofDays(1)),
                    new VenueIssueRegistered(tenant, venue, issue, category, at(observedAt), IssueSource.POLICE,
                            "Fritext", Severity.MEDIUM)));
        }
        return issue;
    }
}
