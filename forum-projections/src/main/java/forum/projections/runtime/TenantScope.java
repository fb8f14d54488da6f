package forum.projections.runtime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sets the tenant that row-level security lets the current transaction see. Transaction-local
 * ({@code set_config(..., true)}), so a pooled connection never carries a tenant into the next use.
 */
@Component
public class TenantScope {

    private final JdbcClient jdbc;

    public TenantScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Sets the tenant for the rest of the transaction; {@code null} sets none, so that an event of no tenant
     * applied after another tenant's in the same transaction sees no tenant's rows.
     */
    public void enter(UUID tenantId) {
        Current current = current();
        current.selected = tenantId;
        if (current.inDatabase && Objects.equals(tenantId, current.entered)) {
            // A consumer applies a batch in one transaction; consecutive events are mostly one tenant's.
            return;
        }
        jdbc.sql("select set_config('forum.tenant_id', :tenant, true)")
                .param("tenant", tenantId == null ? "" : tenantId.toString())
                .query(String.class)
                .single();
        current.entered = tenantId;
        current.inDatabase = true;
    }

    /**
     * Chooses the tenant of what follows without telling the database yet. A consumer's events only queue
     * writes (ReadModelWrites), which enter each queued write's tenant when they send it, and enter the chosen
     * one before a projection reads; so a batch that alternates between tenants costs no round trip per event.
     */
    void select(UUID tenantId) {
        current().selected = tenantId;
    }

    /**
     * Lets the next statement insert rows of these tenants: the tenant entered needs nothing, the others are
     * admitted ({@link #admitBatch}). A rebuild, whose rows are all of the tenant it entered, then sends no
     * {@code set_config} for them.
     */
    void allowInserts(Collection<UUID> tenants) {
        Current current = current();
        List<UUID> others = tenants.stream()
                .filter(tenant -> !(current.inDatabase && tenant.equals(current.entered))).toList();
        if (!others.isEmpty()) {
            admitBatch(others);
        }
    }

    /**
     * Lets the rest of this transaction insert rows of these tenants too, whichever tenant it has entered, and
     * add to their event_ledger rows through the view event_ledger_applied (policies batch_insert): a consumer then
     * inserts the rows of all the tenants in its batch with one statement per table. Reads, updates and deletes of
     * every table stay with the tenant entered. Tenants admitted before stay admitted.
     */
    void admitBatch(Collection<UUID> tenants) {
        Current current = current();
        if (current.admitted.containsAll(tenants)) {
            return;
        }
        Set<UUID> admitted = new HashSet<>(current.admitted);
        admitted.addAll(tenants);
        jdbc.sql("select set_config('forum.batch_tenants', :tenants, true)")
                .param("tenants", admitted.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .query(String.class)
                .single();
        current.admitted = admitted;
    }

    /**
     * Whether {@link #allowInserts} of {@code inserting} and {@link #enter} of each of {@code entering} would send
     * nothing to the database: it has entered the one tenant of {@code entering} and admitted those inserting.
     * Statements that need no switch can then be sent from another thread (ReadModelWrites.sendAhead).
     */
    boolean needsNoStatement(Collection<UUID> inserting, Collection<UUID> entering) {
        Current current = current();
        boolean entered = current.inDatabase
                && entering.stream().allMatch(tenant -> Objects.equals(tenant, current.entered));
        return entered && inserting.stream()
                .allMatch(tenant -> tenant.equals(current.entered) || current.admitted.contains(tenant));
    }

    /** The tenant this transaction has entered or selected last; null when none (or none yet). */
    public UUID tenant() {
        return current().selected;
    }

    private Current current() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The tenant is set per transaction; no transaction is active");
        }
        return PerTransaction.state(this, Current::new, set -> { });
    }

    private static final class Current {
        /** What the transaction works for now. */
        UUID selected;
        /** What the database was told last, if anything. */
        UUID entered;
        boolean inDatabase;
        /** The tenants whose rows it may insert besides the one entered. */
        Set<UUID> admitted = Set.of();
    }
}
