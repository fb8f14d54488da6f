package forum.api.support;

import forum.api.eventstore.EventRelay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Compares what the read models applied with the event store, per tenant: the number of events and the
 * sum of hashtext(event id). Lost events lower both; events applied twice raise them.
 */
public final class ReadModelChecks {

    public record Figures(long events, BigDecimal idHash) {
    }

    private final JdbcClient jdbc;
    private final JdbcClient events;
    private final TransactionTemplate transaction;

    /** {@code jdbc} of the requests' role, for the read models; the relay's for every tenant's events. */
    public ReadModelChecks(JdbcClient jdbc, EventRelay relay, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.events = relay.jdbc();
        this.transaction = transaction;
    }

    public Figures eventStore(UUID tenant) {
        return events.sql("""
                        select count(*) as events, coalesce(sum(hashtext(event_identifier)), 0) as id_hash
                        from domain_event_entry
                        where convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId' = :tenant
                        """)
                .param("tenant", tenant.toString())
                .query((row, n) -> new Figures(row.getLong("events"), row.getBigDecimal("id_hash")))
                .single();
    }

    public Figures readModels(UUID tenant) {
        return inTenant(tenant, () -> jdbc.sql("select events, id_hash from event_ledger where tenant_id = :tenant")
                .param("tenant", tenant)
                .query((row, n) -> new Figures(row.getLong("events"), row.getBigDecimal("id_hash")))
                .optional().orElse(new Figures(0, BigDecimal.ZERO)));
    }

    public void awaitEqual(Duration within, UUID... tenants) {
        await().atMost(within).untilAsserted(() -> {
            for (UUID tenant : tenants) {
                Figures store = eventStore(tenant);
                Figures applied = readModels(tenant);
                assertThat(applied.events()).as("events of %s applied", tenant).isEqualTo(store.events());
                assertThat(applied.idHash()).as("hash of %s's event ids", tenant).isEqualByComparingTo(store.idHash());
            }
        });
    }

    /**
     * Every row the tenant can see in the given tables (row-level security applies), as JSON, sorted: two
     * snapshots compare as maps.
     */
    public Map<String, List<String>> snapshot(UUID tenant, List<String> tables) {
        return inTenant(tenant, () -> {
            Map<String, List<String>> rows = new TreeMap<>();
            for (String table : tables) {
                rows.put(table, jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1")
                        .query(String.class).list());
            }
            return rows;
        });
    }

    /** How many VenueIssueRegistered events of the tenant the event store holds. */
    public long issuesStored(UUID tenant) {
        return events.sql("""
                        select count(*) from domain_event_entry
                        where payload_type = 'forum.core.venue.VenueIssueRegistered'
                          and convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId' = :tenant
                        """).param("tenant", tenant.toString()).query(Long.class).single();
    }

    /** How many issues the tenant's venue register holds. */
    public long issuesInVenueRegister(UUID tenant) {
        return inTenant(tenant, () -> jdbc.sql("select count(*) from venue_issue").query(Long.class).single());
    }

    private <T> T inTenant(UUID tenant, java.util.function.Supplier<T> work) {
        return transaction.execute(status -> {
            jdbc.sql("select set_config('forum.tenant_id', :tenant, true)").param("tenant", tenant.toString())
                    .query(String.class).single();
            return work.get();
        });
    }
}
