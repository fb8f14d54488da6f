package forum.api.audit.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import forum.api.audit.chain.StoredEvent;
import forum.projections.runtime.TenantScope;

/**
 * A case's (or a period's) events exactly as domain_event_entry stores them, every column the chain's digest covers,
 * read as the requests' role under the caller's municipality: row-level security shows another municipality's case as
 * none.
 */
@Component
class CaseEvents {

    private static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data";

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    CaseEvents(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    /**
     * The municipality's events stored from {@code from} (included) to {@code to} (excluded), in store order, at most
     * {@code limit}. time_stamp is ISO text whose fraction varies in length: SQL narrows by text a second wider, the
     * instant decides.
     */
    @Transactional(readOnly = true)
    public List<StoredEvent> inPeriod(UUID tenantId, Instant from, Instant to, int limit) {
        tenantScope.enter(tenantId);
        return jdbc.sql("select " + COLUMNS + """
                         from domain_event_entry
                        where time_stamp >= :from and time_stamp < :to
                        order by global_index
                        limit :limit
                        """)
                .param("from", from.minusSeconds(1).toString()).param("to", to.plusSeconds(1).toString())
                .param("limit", limit)
                .query((row, n) -> event(row)).stream()
                .filter(event -> {
                    Instant at = Instant.parse(event.timeStamp());
                    return !at.isBefore(from) && at.isBefore(to);
                }).toList();
    }

    @Transactional(readOnly = true)
    public List<StoredEvent> of(UUID tenantId, UUID aggregateId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("select " + COLUMNS + """
                         from domain_event_entry
                        where aggregate_identifier = :aggregate
                        order by sequence_number
                        """)
                .param("aggregate", aggregateId.toString())
                .query((row, n) -> event(row))
                .list();
    }

    private static StoredEvent event(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10));
    }
}
