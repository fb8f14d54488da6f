package forum.api.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.projections.runtime.TenantScope;

/** The municipality's mails, newest first, as its coordinator reads them: each as its recipient sees it. */
@Service
class SentMail {

    /** One mail; subject, html and text are null until it is composed (when first sent or kept). */
    record Mail(UUID id, String kind, String recipientAddress, String recipientName, String language, String state,
                int attempts, String lastError, Instant createdAt, Instant sentAt, String subject, String html,
                String text, String icsMethod) {
    }

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    SentMail(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    @Transactional(readOnly = true)
    public List<Mail> latest(UUID tenant, int limit) {
        tenantScope.enter(tenant);
        return jdbc.sql("""
                        select mail_id, kind, recipient_address, recipient_name, language, state, attempts, last_error,
                               created_at, sent_at, subject, html, text, ics_method
                        from mail_outbox where tenant_id = :tenant
                        order by created_at desc, mail_id
                        limit :limit
                        """)
                .param("tenant", tenant).param("limit", limit)
                .query(SentMail::mail).list();
    }

    private static Mail mail(ResultSet row, int n) throws SQLException {
        return new Mail(row.getObject("mail_id", UUID.class), row.getString("kind"),
                row.getString("recipient_address"), row.getString("recipient_name"), row.getString("language"),
                row.getString("state"), row.getInt("attempts"), row.getString("last_error"),
                instant(row, "created_at"), instant(row, "sent_at"), row.getString("subject"), row.getString("html"),
                row.getString("text"), row.getString("ics_method"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
