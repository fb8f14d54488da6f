package forum.api.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import forum.api.erasure.Erasures;
import forum.core.erasure.Erasure;
import forum.core.erasure.ErasureReason;
import forum.projections.retention.ExpiredPersonalData;
import forum.projections.runtime.TenantScope;

/**
 * Applies one municipality's periods: personal data in events is erased by its data subjects (crypto-shredding,
 * through {@link Erasures}, so that the erasure is recorded and the read models show it), rows of the account tables,
 * which are no events, are deleted. Youth follow-up data gets its sweep here when it comes.
 */
@Component
class RetentionSweeps {

    /** Subjects erased per kind and run at most: a backlog beyond it is erased by the next runs. */
    static final int SUBJECTS_PER_RUN = 50 * Erasure.MAX_SUBJECTS;

    private final ExpiredPersonalData expired;
    private final Erasures erasures;
    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final TransactionTemplate transaction;

    RetentionSweeps(ExpiredPersonalData expired, Erasures erasures, JdbcClient jdbc, TenantScope tenantScope,
                    TransactionTemplate transaction) {
        this.expired = expired;
        this.erasures = erasures;
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.transaction = transaction;
    }

    /** How many subjects were erased or rows deleted, by kind. */
    Map<RetentionKind, Integer> sweep(UUID tenant, List<RetentionPeriods.Period> periods, Instant now) {
        Map<RetentionKind, Integer> counts = new EnumMap<>(RetentionKind.class);
        for (RetentionPeriods.Period period : periods) {
            Instant cutoff = now.minus(Duration.ofDays(period.days()));
            counts.put(period.kind(), switch (period.kind()) {
                case RESOLVED_ISSUE_TEXT -> erase(tenant,
                        expired.issuesResolvedBefore(tenant, cutoff, SUBJECTS_PER_RUN));
                case REMOVED_FORUM_MEMBER -> erase(tenant,
                        expired.membersRemovedBefore(tenant, cutoff, SUBJECTS_PER_RUN));
                case UNACCEPTED_INVITATION -> delete(tenant, cutoff, """
                        delete from account_invitation
                        where tenant_id = :tenant and accepted_at is null and least(revoked_at, expires_at) < :cutoff
                        """);
                case PASSWORD_RESET -> delete(tenant, cutoff, """
                        delete from password_reset
                        where tenant_id = :tenant and coalesce(used_at, expires_at) < :cutoff
                        """);
            });
        }
        return counts;
    }

    private int erase(UUID tenant, List<String> subjects) {
        for (int from = 0; from < subjects.size(); from += Erasure.MAX_SUBJECTS) {
            erasures.erase(tenant, subjects.subList(from, Math.min(subjects.size(), from + Erasure.MAX_SUBJECTS)),
                    ErasureReason.RETENTION_PERIOD_ENDED);
        }
        return subjects.size();
    }

    private int delete(UUID tenant, Instant cutoff, String statement) {
        Integer deleted = transaction.execute(status -> {
            tenantScope.enter(tenant);
            return jdbc.sql(statement).param("tenant", tenant)
                    .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).update();
        });
        return deleted == null ? 0 : deleted;
    }
}
