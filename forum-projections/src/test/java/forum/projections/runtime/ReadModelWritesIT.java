package forum.projections.runtime;

import forum.projections.support.AsTenant;
import forum.projections.support.ProjectionsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Queued read-model writes land as if each had been sent when queued, and only when the transaction commits. */
@ProjectionsIntegrationTest
class ReadModelWritesIT {

    private static final Timestamp FIRST = Timestamp.from(Instant.parse("2026-03-01T18:00:00Z"));
    private static final Timestamp SECOND = Timestamp.from(Instant.parse("2026-04-01T18:00:00Z"));
    private static final Timestamp THIRD = Timestamp.from(Instant.parse("2026-05-01T18:00:00Z"));

    @Autowired
    ReadModelWrites writes;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AsTenant asTenant;

    @Autowired
    QueuedStatistics statistics;

    @Test
    void statementsOnOneTableKeepTheirOrderAcrossOtherTables() {
        UUID tenant = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(tenant);
            statistics.scheduleMeeting(meeting, FIRST);
            statistics.registerVenue(UUID.randomUUID());
            statistics.moveMeeting(meeting, SECOND);
            statistics.registerVenue(UUID.randomUUID());
            statistics.moveMeeting(meeting, THIRD);
            statistics.cancelMeeting(meeting);
        });

        assertThat(statistics.startsAt(tenant, meeting)).isEqualTo(THIRD.toInstant());
        assertThat(statistics.cancelled(tenant, meeting)).isTrue();
        assertThat(statistics.count(tenant, "statistics_venue")).isEqualTo(2);
    }

    @Test
    void eachStatementIsWrittenUnderTheTenantCurrentWhenItWasQueued() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(first);
            statistics.registerVenue(UUID.randomUUID());
            tenantScope.enter(second);
            statistics.registerVenue(UUID.randomUUID());
            statistics.registerVenue(UUID.randomUUID());
            tenantScope.enter(first);
            statistics.registerVenue(UUID.randomUUID());
        });

        // Row-level security refuses a row of another tenant than the one set, so all four landed as queued.
        assertThat(statistics.count(first, "statistics_venue")).isEqualTo(2);
        assertThat(statistics.count(second, "statistics_venue")).isEqualTo(2);
    }

    @Test
    void theSameInsertForSeveralTenantsLandsEachRowUnderItsTenant() {
        List<UUID> tenants = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID sharedVenueId = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            for (int round = 0; round < 3; round++) {
                for (UUID tenant : tenants) {
                    tenantScope.enter(tenant);
                    statistics.registerVenueOnce(round == 0 ? sharedVenueId : UUID.randomUUID());
                }
            }
            // Queued again within the batch: ignored, as one statement after another would.
            statistics.registerVenueOnce(sharedVenueId);
        });

        for (UUID tenant : tenants) {
            assertThat(asTenant.allRows(tenant, "statistics_venue")).hasSize(3)
                    .allSatisfy(row -> assertThat(row).containsEntry("tenant_id", tenant))
                    .anySatisfy(row -> assertThat(row).containsEntry("venue_id", sharedVenueId));
        }
    }

    @Test
    void whatATenantQueuedAfterAnInsertSentForSeveralTenantsStillFollowsIt() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        UUID firstMeeting = UUID.randomUUID();
        UUID secondMeeting = UUID.randomUUID();
        UUID thirdMeeting = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(first);
            statistics.scheduleMeeting(firstMeeting, FIRST);
            statistics.moveMeeting(firstMeeting, SECOND);
            tenantScope.enter(second);
            statistics.scheduleMeeting(secondMeeting, FIRST);
            statistics.cancelMeeting(secondMeeting);
            tenantScope.enter(third);
            statistics.scheduleMeeting(thirdMeeting, FIRST);
            tenantScope.enter(first);
            statistics.moveMeeting(firstMeeting, THIRD);
        });

        assertThat(statistics.startsAt(first, firstMeeting)).isEqualTo(THIRD.toInstant());
        assertThat(statistics.cancelled(second, secondMeeting)).isTrue();
        assertThat(statistics.startsAt(third, thirdMeeting)).isEqualTo(FIRST.toInstant());
        assertThat(statistics.cancelled(third, thirdMeeting)).isFalse();
    }

    @Test
    void insertsOfSeveralTenantsIntoSeveralTablesLandTogetherAndWhatFollowsThemStillFollows() {
        List<UUID> tenants = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> meetings = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < tenants.size(); i++) {
                tenantScope.enter(tenants.get(i));
                statistics.registerVenueOnce(UUID.randomUUID());
                statistics.scheduleMeeting(meetings.get(i), FIRST);
            }
            tenantScope.enter(tenants.get(1));
            statistics.moveMeeting(meetings.get(1), SECOND);
        });

        for (int i = 0; i < tenants.size(); i++) {
            assertThat(statistics.count(tenants.get(i), "statistics_venue")).isEqualTo(1);
            assertThat(statistics.count(tenants.get(i), "statistics_meeting")).isEqualTo(1);
            assertThat(statistics.startsAt(tenants.get(i), meetings.get(i))).isEqualTo((i == 1 ? SECOND : FIRST).toInstant());
        }
    }

    @Test
    void aRowOfAnotherTenantThanTheOneItWasQueuedUnderFailsTheTransaction() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            tenantScope.enter(first);
            statistics.registerVenueOnce(UUID.randomUUID());
            writes.sql("""
                            insert into statistics_venue (tenant_id, venue_id, registered_at) values (:tenant, :venue, :at)
                            on conflict (tenant_id, venue_id) do nothing
                            """)
                    .param("tenant", second)
                    .param("venue", UUID.randomUUID())
                    .param("at", FIRST)
                    .queue();
            tenantScope.enter(second);
            statistics.registerVenueOnce(UUID.randomUUID());
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("queued for statistics_venue under tenant");

        assertThat(statistics.count(first, "statistics_venue")).isZero();
        assertThat(statistics.count(second, "statistics_venue")).isZero();
    }

    @Test
    void aFlushLeavesTheTenantAsItWas() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID after = transaction.execute(status -> {
            tenantScope.enter(first);
            statistics.registerVenue(UUID.randomUUID());
            tenantScope.enter(second);
            statistics.registerVenue(UUID.randomUUID());
            writes.flush();
            return tenantScope.tenant();
        });

        assertThat(after).isEqualTo(second);
    }

    @Test
    void aFlushMakesTheQueuedRowsReadableInTheTransaction() {
        UUID tenant = UUID.randomUUID();
        long seen = transaction.execute(status -> {
            tenantScope.enter(tenant);
            statistics.registerVenue(UUID.randomUUID());
            writes.flush();
            return countInTransaction("statistics_venue");
        });

        assertThat(seen).isEqualTo(1);
    }

    @Test
    void aFlushEntersTheTenantSelectedSinceSoAReadSeesThatTenantsRows() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        long seen = transaction.execute(status -> {
            tenantScope.enter(first);
            statistics.registerVenue(UUID.randomUUID());
            statistics.registerVenue(UUID.randomUUID());
            tenantScope.select(second);
            statistics.registerVenue(UUID.randomUUID());
            writes.flush();
            return countInTransaction("statistics_venue");
        });

        assertThat(seen).isEqualTo(1);
        assertThat(statistics.count(first, "statistics_venue")).isEqualTo(2);
    }

    @Test
    void intoATableEmptiedForTheTenantARowInsertedTwiceFailsWhereElsewhereItIsIgnored() {
        UUID rebuilt = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID venue = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(other);
            writes.emptied(List.of("statistics_venue"));
            tenantScope.enter(rebuilt);
            writes.emptied(List.of("statistics_issue"));
            statistics.registerVenueOnce(venue);
            statistics.registerVenueOnce(venue);
            tenantScope.enter(other);
            statistics.registerVenueOnce(venue);
        });
        assertThat(statistics.count(rebuilt, "statistics_venue")).as("not emptied for this tenant: conflict ignored").isOne();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            tenantScope.enter(rebuilt);
            writes.emptied(List.of("statistics_venue"));
            statistics.registerVenueOnce(UUID.randomUUID());
            statistics.registerVenueOnce(venue);
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(statistics.count(rebuilt, "statistics_venue")).as("the failed transaction left nothing").isOne();
    }

    @Test
    void nothingIsWrittenWhenTheTransactionRollsBack() {
        UUID tenant = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(tenant);
            for (int i = 0; i < ReadModelWrites.MAX_QUEUED + 10; i++) {
                statistics.registerVenue(UUID.randomUUID());
            }
            status.setRollbackOnly();
        });

        assertThat(statistics.count(tenant, "statistics_venue")).isZero();
    }

    @Test
    void moreThanAQueueFullAllLand() {
        UUID tenant = UUID.randomUUID();
        int venues = 2 * ReadModelWrites.MAX_QUEUED + 7;
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(tenant);
            for (int i = 0; i < venues; i++) {
                statistics.registerVenue(UUID.randomUUID());
            }
        });

        assertThat(statistics.count(tenant, "statistics_venue")).isEqualTo(venues);
    }

    @Test
    void aStatementThatFailsFailsTheCommitAndLeavesNothing() {
        UUID tenant = UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            tenantScope.enter(tenant);
            statistics.registerVenue(UUID.randomUUID());
            statistics.registerVenueWithoutItsDate();
        })).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(statistics.count(tenant, "statistics_venue")).isZero();
    }

    @Test
    void rowsInsertedTogetherReadBackAsRowsInsertedOneByOne() {
        UUID together = UUID.randomUUID();
        UUID oneByOne = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(together);
            decisions().forEach(this::recordDecision);
        });
        transaction.executeWithoutResult(status -> decisions().forEach(decision -> {
            tenantScope.enter(oneByOne);
            recordDecision(decision);
            writes.flush();
        }));

        assertThat(decisionRows(together)).isNotEmpty().isEqualTo(decisionRows(oneByOne));
    }

    @Test
    void gatheredRowsAreUpsertedWithTheInsertsAtEveryFlushAndAtTheCommit() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID neverEntered = UUID.randomUUID();
        List<GatheredRows.Upsert> drained = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(first);
            statistics.registerVenueOnce(UUID.randomUUID());
            tally(drained).add(first, 2);
            tenantScope.enter(second);
            statistics.registerVenueOnce(UUID.randomUUID());
            tally(drained).add(second, 1);
            // Admitted because the upsert names it: no insert of its own, never entered.
            tally(drained).add(neverEntered, 7);
            writes.flush();
            // Nothing else queued after the flush: the commit still writes what was gathered since.
            tally(drained).add(first, 3);
        });

        assertThat(drained).extracting(GatheredRows.Upsert::tenants)
                .containsExactly(List.of(first, second, neverEntered), List.of(first));
        assertThat(ledgerEvents(first)).isEqualTo(5);
        assertThat(ledgerEvents(second)).isEqualTo(1);
        assertThat(ledgerEvents(neverEntered)).isEqualTo(7);
        assertThat(statistics.count(first, "statistics_venue")).isOne();
        assertThat(statistics.count(second, "statistics_venue")).isOne();
    }

    @Test
    void gatheredRowsAreNotWrittenWhenTheTransactionRollsBack() {
        UUID tenant = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(tenant);
            tally(new ArrayList<>()).add(tenant, 4);
            writes.flush();
            status.setRollbackOnly();
        });

        assertThat(statistics.count(tenant, "event_ledger")).isZero();
    }

    @Test
    void anUpsertIsAdmittedOnlyTheTenantsItNames() {
        UUID entered = UUID.randomUUID();
        UUID unnamed = UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            tenantScope.enter(entered);
            statistics.registerVenueOnce(UUID.randomUUID());
            writes.gathered(this, () -> (GatheredRows) () -> Optional.of(ledgerUpsert(
                    Map.of(unnamed, 1), List.of(entered))));
        })).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("row-level security");

        assertThat(statistics.count(entered, "statistics_venue")).isZero();
        assertThat(statistics.count(unnamed, "event_ledger")).isZero();
    }

    @Test
    void onlyWritesOfOneTableAreQueued() {
        assertThatThrownBy(() -> writes.sql("select 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not an insert, update or delete");
    }

    @Test
    void queueingNeedsATransaction() {
        assertThatThrownBy(() -> statistics.registerVenue(UUID.randomUUID()))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Event counts by tenant, gathered over a transaction and upserted into the ledger; its upserts go to drained. */
    private Tally tally(List<GatheredRows.Upsert> drained) {
        return writes.gathered(this, () -> new Tally(drained));
    }

    private static final class Tally implements GatheredRows {

        private final Map<UUID, Integer> events = new LinkedHashMap<>();
        private final List<Upsert> drained;

        Tally(List<Upsert> drained) {
            this.drained = drained;
        }

        void add(UUID tenant, int count) {
            events.merge(tenant, count, Integer::sum);
        }

        @Override
        public Optional<Upsert> drain() {
            if (events.isEmpty()) {
                return Optional.empty();
            }
            Upsert upsert = ledgerUpsert(events, List.copyOf(events.keySet()));
            drained.add(upsert);
            events.clear();
            return Optional.of(upsert);
        }
    }

    private static GatheredRows.Upsert ledgerUpsert(Map<UUID, Integer> events, List<UUID> named) {
        return new GatheredRows.Upsert("""
                insert into event_ledger_applied (tenant_id, events, id_hash)
                select tenant, events, 0 from unnest(cast(:tally_tenants as uuid[]), cast(:tally_events as bigint[]))
                    as tally(tenant, events)
                """, new MapSqlParameterSource()
                .addValue("tally_tenants", events.keySet().stream().map(UUID::toString).toArray(String[]::new))
                .addValue("tally_events", events.values().stream().map(Long::valueOf).toArray(Long[]::new)),
                named);
    }

    private long ledgerEvents(UUID tenant) {
        return asTenant.run(tenant, sql -> sql.sql("select events from event_ledger").query(Long.class).single());
    }

    /** Decisions with every kind of value the read models hold, nulls among them. */
    private static List<Object[]> decisions() {
        UUID venue = UUID.fromString("2b0c57a4-1d1f-4f0e-9b7e-6a0c9e3f5d21");
        return List.of(
                new Object[] {1L, venue, UUID.randomUUID(), LocalDate.parse("2026-12-01"), null, "SN 1", FIRST},
                new Object[] {2L, venue, null, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-31"), null,
                        SECOND},
                new Object[] {3L, venue, null, LocalDate.parse("2027-02-28"), null, "Ärende \"7\", {a,b} \\ 1", THIRD},
                // The word NULL is text, not a missing value, also inside an array.
                new Object[] {4L, venue, null, LocalDate.parse("2027-03-01"), null, "NULL", THIRD});
    }

    /** The venue register's statement for a decision (its widest insert), queued directly. */
    private void recordDecision(Object[] decision) {
        writes.sql("""
                        insert into venue_decision (tenant_id, decision_id, venue_id, recommendation_id, outcome,
                                                    effective_from, effective_to, authority_reference, recorded_at,
                                                    sequence)
                        values (:tenant, :decision, :venue, :recommendation, :outcome, :from, :to, :reference, :at,
                                :sequence)
                        on conflict (tenant_id, decision_id) do nothing
                        """)
                .param("tenant", tenantScope.tenant())
                .param("decision", UUID.randomUUID())
                .param("venue", decision[1])
                .param("recommendation", decision[2], Types.OTHER)
                .param("outcome", "WARNING")
                .param("from", decision[3])
                .param("to", decision[4], Types.DATE)
                .param("reference", decision[5], Types.VARCHAR)
                .param("at", decision[6])
                .param("sequence", decision[0])
                .queue();
    }

    /** The decisions' rows without their tenant and id, which differ by design. */
    private List<Map<String, Object>> decisionRows(UUID tenant) {
        return asTenant.run(tenant, sql -> sql.sql("""
                select venue_id, recommendation_id is not null as recommended, outcome, effective_from, effective_to,
                       authority_reference, recorded_at, sequence
                from venue_decision order by sequence
                """).query().listOfRows());
    }

    private long countInTransaction(String table) {
        return asTenant.run(null, sql -> sql.sql("select count(*) from " + table).query(Long.class).single());
    }
}
