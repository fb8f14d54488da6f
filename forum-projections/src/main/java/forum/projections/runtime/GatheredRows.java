package forum.projections.runtime;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Rows that a transaction gathers while it applies events and writes with one upsert, such as the event ledger's
 * counts and the projections' positions. ReadModelWrites asks for the upsert at every flush and sends it in the
 * same statement as the queued inserts ({@link ReadModelWrites#gathered}), not in statements of their own before
 * the commit: at a steady load a consumer's batch holds only a few records, and its round trips to the database,
 * not its rows, are most of what it costs.
 */
public interface GatheredRows {

    /** The upsert of what was gathered since the last call, which it then forgets; empty when nothing was. */
    Optional<Upsert> drain();

    /**
     * One {@code insert ... select ...} (an upsert, or into a view whose trigger upserts) into a table that nothing
     * else in the transaction writes
     * (it runs as a data-modifying {@code with} query beside the inserts, on their snapshot), with parameters whose
     * names no other statement uses, and the tenants whose rows it writes (admitted for it, TenantScope.allowInserts).
     */
    record Upsert(String sql, MapSqlParameterSource params, Collection<UUID> tenants) {
    }
}
