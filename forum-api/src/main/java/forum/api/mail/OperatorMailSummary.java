package forum.api.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.projections.operator.OperatorRegister;
import forum.projections.operator.RegisteredMunicipality;
import forum.projections.runtime.OperatorScope;

/**
 * The outbox as the operator sees it: how many mails of each kind and state each municipality has, and when the
 * latest was made and sent; never a recipient or a word (V2026_12_13_11). The caller decides the user is the operator.
 */
@Service
class OperatorMailSummary {

    /** One municipality's mails of one kind in one state. */
    record Line(UUID tenantId, String municipality, String kind, String state, long mails, Instant latestCreated,
                Instant latestSent) {
    }

    private final JdbcClient jdbc;
    private final OperatorScope scope;
    private final OperatorRegister register;

    OperatorMailSummary(JdbcClient jdbc, OperatorScope scope, OperatorRegister register) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.register = register;
    }

    /** By municipality name, then kind and state. */
    @Transactional(readOnly = true)
    public List<Line> lines() {
        Map<UUID, String> names = register.municipalities().stream()
                .collect(Collectors.toMap(RegisteredMunicipality::tenantId, RegisteredMunicipality::name));
        scope.enter();
        return jdbc.sql("select * from operator_mail_summary()")
                .query((row, n) -> line(row, names::get))
                .list().stream()
                .sorted(Comparator.comparing(Line::municipality).thenComparing(Line::kind)
                        .thenComparing(Line::state))
                .toList();
    }

    private static Line line(ResultSet row, Function<UUID, String> names) throws SQLException {
        UUID tenant = row.getObject("tenant_id", UUID.class);
        return new Line(tenant, names.apply(tenant), row.getString("kind"), row.getString("state"),
                row.getLong("mails"), instant(row.getTimestamp("latest_created")),
                instant(row.getTimestamp("latest_sent")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
