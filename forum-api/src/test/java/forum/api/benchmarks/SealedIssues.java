package forum.api.benchmarks;

import forum.projections.personaldata.SubjectKeys;
import forum.projections.runtime.TenantScope;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gives the issues of a generated set what the command path gives each real one: a key of the issue's own and its
 * description sealed with it. The SQL generator copies one stored event's sealed description to every row, which
 * opens with no key of the new issues (it would read as erased without being decrypted); a rebuild of these rows
 * then opens every description as it would a real history's.
 */
final class SealedIssues {

    private static final int PER_TRANSACTION = 2_000;

    private SealedIssues() {
    }

    /** Seals the descriptions of rows [from, to] of the set; returns how many. */
    static long seal(BenchDatabase database, GeneratedVenues set, String prefix, long from, long to, String description,
                     SubjectKeys keys, TenantScope tenantScope, TransactionTemplate transaction) throws SQLException {
        Map<UUID, List<long[]>> rowsByTenant = new LinkedHashMap<>();
        for (long r = Math.max(from, set.venues()); r <= to; r++) {
            int venue = (int) (r % set.venues());
            rowsByTenant.computeIfAbsent(set.tenantOf(venue), tenant -> new ArrayList<>()).add(new long[] {r, venue});
        }
        try (Connection superuser = database.asSuperuser(); Statement sql = superuser.createStatement()) {
            sql.execute("create temp table bench_sealed (venue text, sequence bigint, description text)");
            try (PreparedStatement insert = superuser.prepareStatement(
                    "insert into bench_sealed (venue, sequence, description) values (?, ?, ?)")) {
                long sealed = 0;
                for (Map.Entry<UUID, List<long[]>> tenant : rowsByTenant.entrySet()) {
                    List<long[]> rows = tenant.getValue();
                    for (int start = 0; start < rows.size(); start += PER_TRANSACTION) {
                        List<long[]> chunk = rows.subList(start, Math.min(rows.size(), start + PER_TRANSACTION));
                        List<String> values = transaction.execute(status -> {
                            tenantScope.enter(tenant.getKey());
                            return chunk.stream().map(row -> {
                                String subject = "issue:" + GeneratedVenues.md5Uuid(prefix + "issue-" + row[0]);
                                return keys.seal(tenant.getKey(), subject, description,
                                        "VenueIssueRegistered.description/" + subject);
                            }).toList();
                        });
                        for (int i = 0; i < chunk.size(); i++) {
                            long[] row = chunk.get(i);
                            insert.setString(1, set.venue((int) row[1]).toString());
                            insert.setLong(2, row[0] / set.venues());
                            insert.setString(3, values.get(i));
                            insert.addBatch();
                        }
                        insert.executeBatch();
                        sealed += chunk.size();
                    }
                }
                sql.execute("create index on bench_sealed (venue, sequence)");
                sql.execute("""
                        update domain_event_entry e
                        set payload = convert_to(jsonb_set(convert_from(e.payload, 'UTF8')::jsonb, '{description}',
                                                           to_jsonb(s.description))::text, 'UTF8')
                        from bench_sealed s
                        where e.aggregate_identifier = s.venue and e.sequence_number = s.sequence
                        """);
                sql.execute("drop table bench_sealed");
                return sealed;
            }
        }
    }
}
