package forum.api.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.projections.runtime.TenantScope;

/** A municipality's sender name and reply-to; without its own, the product's name and no reply-to. */
@Service
class MailSenderSettings {

    /** How a municipality's mails are signed; replyTo null for none. */
    record Sender(String senderName, String replyTo) {
    }

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final Clock clock;
    private final String productName;

    MailSenderSettings(JdbcClient jdbc, TenantScope tenantScope, Clock clock,
                       @Value("${forum.mail.product-name}") String productName) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.clock = clock;
        this.productName = productName;
    }

    /** In a transaction that has entered the tenant. */
    Sender current(UUID tenant) {
        return jdbc.sql("select sender_name, reply_to from mail_sender_settings where tenant_id = :tenant")
                .param("tenant", tenant)
                .query((row, n) -> new Sender(row.getString("sender_name"), row.getString("reply_to")))
                .optional()
                .orElseGet(() -> new Sender(productName, null));
    }

    @Transactional(readOnly = true)
    public Sender of(UUID tenant) {
        tenantScope.enter(tenant);
        return current(tenant);
    }

    @Transactional
    public Sender change(UUID tenant, String name, String replyTo, UUID by) {
        tenantScope.enter(tenant);
        String reply = replyTo == null || replyTo.isBlank() ? null : replyTo.trim();
        jdbc.sql("""
                        insert into mail_sender_settings (tenant_id, sender_name, reply_to, changed_at, changed_by)
                        values (:tenant, :name, :reply, :now, :by)
                        on conflict (tenant_id) do update set sender_name = excluded.sender_name,
                            reply_to = excluded.reply_to, changed_at = excluded.changed_at,
                            changed_by = excluded.changed_by
                        """)
                .param("tenant", tenant)
                .param("name", name.trim())
                .param("reply", reply)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("by", by)
                .update();
        return new Sender(name.trim(), reply);
    }
}
