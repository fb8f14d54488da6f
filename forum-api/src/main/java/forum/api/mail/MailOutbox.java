package forum.api.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Puts a mail into the outbox in the caller's transaction (which has entered the tenant): the mail exists exactly
 * when what it tells of was committed. A second mail of the same dedup key is no mail.
 */
@Service
public class MailOutbox {

    /** A mail to one person; facts are what the kind's template tells, as JSON values. */
    public record Letter(UUID tenantId, String dedupKey, MailKind kind, UUID accountId, String recipientSubject,
                         String address, String name, Map<String, Object> facts) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Whether the letter was put in (false: one of its dedup key is there already). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean put(Letter letter) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return jdbc.sql("""
                        insert into mail_outbox (mail_id, tenant_id, dedup_key, kind, recipient_account_id,
                                recipient_subject, recipient_address, recipient_name, language, facts, created_at,
                                next_attempt_at)
                        values (:id, :tenant, :dedup, :kind, :account, :subject, :address, :name,
                                coalesce((select case p.country when 'DK' then 'da' when 'SE' then 'sv'
                                                  when 'NO' then 'nb' end
                                          from municipality_profile p where p.tenant_id = :tenant), 'en'),
                                cast(:facts as jsonb), :now, :now)
                        on conflict (tenant_id, dedup_key) do nothing
                        """)
                .param("id", UUID.randomUUID())
                .param("tenant", letter.tenantId())
                .param("dedup", letter.dedupKey())
                .param("kind", letter.kind().key())
                .param("account", letter.accountId())
                .param("subject", letter.recipientSubject())
                .param("address", letter.address())
                .param("name", letter.name())
                .param("facts", asJson(letter.facts()))
                .param("now", now)
                .update() == 1;
    }

    /** The instant as the facts hold it. */
    public static String fact(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private String asJson(Map<String, Object> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
