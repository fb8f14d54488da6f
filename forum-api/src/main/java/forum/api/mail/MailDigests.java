package forum.api.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import forum.projections.runtime.TenantScope;

/**
 * The weekly digest: each coordinator of a municipality (an account that may sign in now) gets one mail a week with
 * what happened in the municipality's forums and cases in the past seven days, counted from the read models. The
 * dedup key is the ISO week and the account, so a second run, or a second instance, adds none; a coordinator who
 * turned the digest off gets none.
 */
@Component
public class MailDigests {

    private static final Logger LOG = LoggerFactory.getLogger(MailDigests.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TenantScope tenantScope;
    private final Clock clock;

    MailDigests(JdbcClient jdbc, TransactionTemplate transaction, TenantScope tenantScope, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    @Scheduled(cron = "${forum.mail.digest}", zone = "UTC")
    void onSchedule() {
        try {
            LOG.info("{} weekly digest(s) put in the outbox", digest());
        } catch (RuntimeException failed) {
            LOG.error("The weekly digests failed; the next run tries again", failed);
        }
    }

    /** Puts this week's digests into the outbox, every municipality's; how many. */
    public int digest() {
        List<UUID> tenants = jdbc.sql("select tenant_id from retention_tenants() as t(tenant_id)")
                .query(UUID.class).list();
        int put = 0;
        for (UUID tenant : tenants) {
            put += transaction.execute(status -> digest(tenant));
        }
        return put;
    }

    private int digest(UUID tenant) {
        tenantScope.enter(tenant);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return jdbc.sql("""
                        with facts as (
                            select jsonb_build_object(
                                'meetingsHeld', (select count(*) from meeting where tenant_id = :tenant
                                    and cancelled_at is null and starts_at >= :since and starts_at < :now),
                                'meetingsAhead', (select count(*) from meeting where tenant_id = :tenant
                                    and cancelled_at is null and starts_at >= :now),
                                'actionItemsCompleted', (select count(*) from action_item where tenant_id = :tenant
                                    and completed_at >= :since),
                                'actionItemsOverdue', (select count(*) from action_item where tenant_id = :tenant
                                    and completed_at is null and due < :today),
                                'issuesRegistered', (select count(*) from venue_issue where tenant_id = :tenant
                                    and registered_at >= :since),
                                'recommendationsAwaiting', (select count(*) from venue_recommendation
                                    where tenant_id = :tenant and revoked_at is null and decided_at is null),
                                'path', '') as facts)
                        insert into mail_outbox (mail_id, tenant_id, dedup_key, kind, recipient_account_id,
                                recipient_subject, recipient_address, recipient_name, language, facts, created_at,
                                next_attempt_at)
                        select gen_random_uuid(), a.tenant_id, 'weekly-digest:' || :week || ':' || a.user_id,
                               'weekly-digest', a.user_id, 'account:' || a.user_id, a.username, a.display_name,
                               coalesce((select case p.country when 'DK' then 'da' when 'SE' then 'sv'
                                                  when 'NO' then 'nb' end
                                         from municipality_profile p where p.tenant_id = a.tenant_id), 'en'),
                               facts.facts, :now, :now
                        from user_account a, facts
                        where a.tenant_id = :tenant and a.enabled
                          and ',' || a.roles || ',' like '%,COORDINATOR,%'
                          and (a.expires_at is null or a.expires_at > :now)
                          and not exists (select 1 from mail_opt_out o where o.tenant_id = a.tenant_id
                                          and o.address = lower(a.username) and o.kind = 'weekly-digest')
                        on conflict (tenant_id, dedup_key) do nothing
                        """)
                .param("tenant", tenant).param("week", week).param("today", today)
                .param("since", OffsetDateTime.ofInstant(now.minus(7, ChronoUnit.DAYS), ZoneOffset.UTC))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }
}
