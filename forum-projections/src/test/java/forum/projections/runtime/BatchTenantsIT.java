package forum.projections.runtime;

import forum.projections.support.AsTenant;
import forum.projections.support.ProjectionsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A transaction that admits the tenants of its batch (TenantScope.admitBatch) may insert their rows, and that
 * is all: what it reads, updates and deletes stays with the tenant it has entered.
 */
@ProjectionsIntegrationTest
class BatchTenantsIT {

    private static final OffsetDateTime REGISTERED = OffsetDateTime.parse("2026-03-01T18:00:00Z");

    @Autowired
    TenantScope tenantScope;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AsTenant asTenant;

    @Test
    void anAdmittedTenantsRowsCanBeInsertedButNotReadChangedOrDeleted() {
        UUID entered = UUID.randomUUID();
        UUID admitted = UUID.randomUUID();
        UUID admittedVenue = UUID.randomUUID();
        asTenant.run(admitted, sql -> insertVenue(admitted, admittedVenue));

        List<Long> seen = transaction.execute(status -> {
            tenantScope.enter(entered);
            tenantScope.admitBatch(List.of(entered, admitted));
            insertVenue(admitted, UUID.randomUUID());
            long read = jdbc.sql("select count(*) from statistics_venue").query(Long.class).single();
            long updated = jdbc.sql("update statistics_venue set registered_at = now() where tenant_id = :tenant")
                    .param("tenant", admitted).update();
            long deleted = jdbc.sql("delete from statistics_venue where tenant_id = :tenant")
                    .param("tenant", admitted).update();
            return List.of(read, updated, deleted);
        });

        assertThat(seen).as("read, updated, deleted").containsExactly(0L, 0L, 0L);
        assertThat(asTenant.allRows(admitted, "statistics_venue")).hasSize(2)
                .allSatisfy(row -> assertThat(((java.sql.Timestamp) row.get("registered_at")).toInstant())
                        .isEqualTo(REGISTERED.toInstant()));
    }

    @Test
    void aTenantNeitherEnteredNorAdmittedCannotBeInserted() {
        UUID entered = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            tenantScope.enter(entered);
            tenantScope.admitBatch(List.of(entered, UUID.randomUUID()));
            insertVenue(other, UUID.randomUUID());
        })).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("row-level security");

        assertThat(asTenant.allRows(other, "statistics_venue")).isEmpty();
    }

    @Test
    void theAdmittedTenantsLastOnlyAsLongAsTheTransaction() {
        UUID entered = UUID.randomUUID();
        UUID admitted = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(entered);
            tenantScope.admitBatch(List.of(admitted));
        });

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            tenantScope.enter(entered);
            insertVenue(admitted, UUID.randomUUID());
        })).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void allowingInsertsAdmitsOnlyTheTenantsNotEntered() {
        UUID entered = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        String admitted = transaction.execute(status -> {
            tenantScope.enter(entered);
            tenantScope.allowInserts(List.of(entered, other));
            insertVenue(entered, UUID.randomUUID());
            insertVenue(other, UUID.randomUUID());
            return jdbc.sql("select current_setting('forum.batch_tenants', true)").query(String.class).single();
        });

        assertThat(admitted).isEqualTo("{" + other + "}");
        assertThat(asTenant.allRows(entered, "statistics_venue")).hasSize(1);
        assertThat(asTenant.allRows(other, "statistics_venue")).hasSize(1);
    }

    @Test
    void anAdmittedTenantsLedgerIsAddedToButNotReadOrChanged() {
        UUID entered = UUID.randomUUID();
        UUID admitted = UUID.randomUUID();
        asTenant.run(admitted, sql -> addToLedger(admitted, 2, 10));

        List<Long> seen = transaction.execute(status -> {
            tenantScope.enter(entered);
            tenantScope.admitBatch(List.of(admitted));
            addToLedger(admitted, 3, 5);
            long read = jdbc.sql("select count(*) from event_ledger").query(Long.class).single();
            long updated = jdbc.sql("update event_ledger set events = 0 where tenant_id = :tenant")
                    .param("tenant", admitted).update();
            long deleted = jdbc.sql("delete from event_ledger where tenant_id = :tenant")
                    .param("tenant", admitted).update();
            String stillEntered = jdbc.sql("select current_setting('forum.tenant_id')").query(String.class).single();
            return List.of(read, updated, deleted, stillEntered.equals(entered.toString()) ? 1L : 0L);
        });

        assertThat(seen).as("read, updated, deleted, the entered tenant kept").containsExactly(0L, 0L, 0L, 1L);
        assertThat(asTenant.allRows(admitted, "event_ledger")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("events", 5L))
                .satisfies(row -> assertThat((java.math.BigDecimal) row.get("id_hash")).isEqualByComparingTo("15"));
    }

    @Test
    void aLedgerOfATenantNeitherEnteredNorAdmittedCannotBeAddedTo() {
        UUID entered = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            tenantScope.enter(entered);
            tenantScope.admitBatch(List.of(UUID.randomUUID()));
            addToLedger(other, 1, 1);
        })).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("row-level security");

        assertThat(asTenant.allRows(other, "event_ledger")).isEmpty();
    }

    private int addToLedger(UUID tenant, long events, long idHash) {
        return jdbc.sql("insert into event_ledger_applied (tenant_id, events, id_hash) values (:t, :events, :hash)")
                .param("t", tenant).param("events", events).param("hash", idHash).update();
    }

    private int insertVenue(UUID tenant, UUID venue) {
        return jdbc.sql("insert into statistics_venue (tenant_id, venue_id, registered_at) values (:t, :v, :at)")
                .param("t", tenant).param("v", venue).param("at", REGISTERED).update();
    }
}
