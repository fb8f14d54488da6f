package forum.api.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.core.shared.DomainRuleViolation;
import forum.projections.runtime.TenantScope;

/** A municipality's retention periods: the ones it chose, the defaults for the others. */
@Service
public class RetentionPeriods {

    static final String OUT_OF_BOUNDS = "retention.period-out-of-bounds";

    /** One kind's period as the coordinator sees it; {@code changedAt} is null while the default applies. */
    public record Period(RetentionKind kind, int days, int defaultDays, int minDays, int maxDays, Instant changedAt) {
    }

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final Clock clock;

    RetentionPeriods(JdbcClient jdbc, TenantScope tenantScope, Clock clock) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    /** Every kind's period, in the order of {@link RetentionKind}. */
    @Transactional(readOnly = true)
    public List<Period> of(UUID tenant) {
        tenantScope.enter(tenant);
        Map<RetentionKind, Period> chosen = new EnumMap<>(RetentionKind.class);
        jdbc.sql("select kind, days, changed_at from retention_period where tenant_id = :tenant")
                .param("tenant", tenant)
                .query((row, n) -> {
                    RetentionKind kind = RetentionKind.valueOf(row.getString("kind"));
                    return period(kind, row.getInt("days"),
                            row.getObject("changed_at", OffsetDateTime.class).toInstant());
                })
                .list()
                .forEach(period -> chosen.put(period.kind(), period));
        return Arrays.stream(RetentionKind.values())
                .map(kind -> chosen.getOrDefault(kind, period(kind, kind.defaultDays(), null)))
                .toList();
    }

    /** Sets the periods given; refuses them all, changing none, when one is out of its kind's bounds. */
    @Transactional
    public List<Period> change(UUID tenant, Map<RetentionKind, Integer> days, UUID by) {
        days.forEach((kind, value) -> {
            if (value == null || !kind.accepts(value)) {
                throw new DomainRuleViolation(OUT_OF_BOUNDS, "days", "The period of " + kind + " is between "
                        + kind.minDays() + " and " + kind.maxDays() + " days; not " + value);
            }
        });
        tenantScope.enter(tenant);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        days.forEach((kind, value) -> jdbc.sql("""
                        insert into retention_period (tenant_id, kind, days, changed_at, changed_by)
                        values (:tenant, :kind, :days, :now, :by)
                        on conflict (tenant_id, kind) do update
                        set days = excluded.days, changed_at = excluded.changed_at, changed_by = excluded.changed_by
                        where retention_period.days <> excluded.days
                        """)
                .param("tenant", tenant)
                .param("kind", kind.name())
                .param("days", value)
                .param("now", now)
                .param("by", by)
                .update());
        return of(tenant);
    }

    private static Period period(RetentionKind kind, int days, Instant changedAt) {
        return new Period(kind, days, kind.defaultDays(), kind.minDays(), kind.maxDays(), changedAt);
    }
}
