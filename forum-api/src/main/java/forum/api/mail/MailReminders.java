package forum.api.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import forum.api.web.SignedInMunicipality;
import forum.core.municipality.Country;
import forum.projections.runtime.TenantScope;

/**
 * The daily reminders: each open action item due within {@code forum.mail.remind-days} gets one reminder to its
 * owner (the dedup key is the item's, so a second run, or a second instance, adds none), unless the owner turned
 * reminders off. "Today" is the municipality's.
 */
@Component
public class MailReminders {

    private static final Logger LOG = LoggerFactory.getLogger(MailReminders.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TenantScope tenantScope;
    private final Clock clock;
    private final int days;

    MailReminders(JdbcClient jdbc, TransactionTemplate transaction, TenantScope tenantScope, Clock clock,
                  @Value("${forum.mail.remind-days}") int days) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.tenantScope = tenantScope;
        this.clock = clock;
        this.days = days;
    }

    @Scheduled(cron = "${forum.mail.reminders}", zone = "UTC")
    void onSchedule() {
        try {
            LOG.info("{} action item reminder(s) put in the outbox", remind());
        } catch (RuntimeException failed) {
            LOG.error("The action item reminders failed; the next run tries again", failed);
        }
    }

    /** Puts the reminders due now into the outbox, every municipality's; how many. */
    public int remind() {
        List<UUID> tenants = jdbc.sql("select tenant_id from retention_tenants() as t(tenant_id)")
                .query(UUID.class).list();
        int put = 0;
        for (UUID tenant : tenants) {
            put += transaction.execute(status -> remind(tenant));
        }
        return put;
    }

    private int remind(UUID tenant) {
        tenantScope.enter(tenant);
        String country = jdbc.sql("select country from municipality_profile where tenant_id = :tenant")
                .param("tenant", tenant).query(String.class).optional().orElse("SE");
        LocalDate today = LocalDate.ofInstant(clock.instant(), SignedInMunicipality.zoneOf(Country.valueOf(country)));
        return jdbc.sql("""
                        insert into mail_outbox (mail_id, tenant_id, dedup_key, kind, recipient_subject,
                                about_subject, recipient_address, recipient_name, language, facts, created_at,
                                next_attempt_at)
                        select gen_random_uuid(), a.tenant_id, 'action-item-reminder:' || a.action_item_id,
                               'action-item-reminder', 'member:' || m.member_id,
                               'action-item:' || a.action_item_id, m.email, m.person_name,
                               case :country when 'DK' then 'da' when 'SE' then 'sv' when 'NO' then 'nb' else 'en' end,
                               jsonb_build_object('what', a.what, 'due', a.due, 'meetingId', a.meeting_id,
                                                  'forumName', f.name, 'startsAt', am.starts_at),
                               :now, :now
                        from action_item a
                        join action_item_meeting am on am.tenant_id = a.tenant_id and am.meeting_id = a.meeting_id
                        join forum f on f.tenant_id = a.tenant_id and f.forum_id = am.forum_id
                        join forum_member m on m.tenant_id = a.tenant_id and m.forum_id = am.forum_id
                                           and m.member_id = a.owner_member_id
                        where a.tenant_id = :tenant and a.completed_at is null
                          and a.due between :today and :last
                          and m.removed_at is null and m.email is not null and m.email <> ''
                          and not exists (select 1 from mail_opt_out o where o.tenant_id = a.tenant_id
                                          and o.address = lower(m.email) and o.kind = 'action-item-reminder')
                        on conflict (tenant_id, dedup_key) do nothing
                        """)
                .param("tenant", tenant).param("country", country)
                .param("today", today).param("last", today.plusDays(days))
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }
}
