package forum.api.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import forum.projections.runtime.TenantScope;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the outbox's due mails, a municipality at a time, in short transactions: each takes a batch of due rows with
 * {@code for update skip locked}, so another instance (or another run) passes over them, sends them and marks them
 * sent before it commits. A mail is composed the first time it is taken and its words kept with it. A failed send is
 * tried again later, after a delay doubled at each attempt, and given up (failed) after the last. Without an SMTP
 * server (no {@code spring.mail.host}) the mails are kept (state kept) for the "sent mail" page, not sent.
 */
@Component
public class MailDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatch.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TenantScope tenantScope;
    private final MailComposer composer;
    private final MailSenderSettings settings;
    private final ObjectProvider<JavaMailSender> mailer;
    private final ObjectMapper json;
    private final Clock clock;
    private final String from;
    private final int batch;
    private final int maxAttempts;
    private final Duration retryAfter;

    MailDispatch(JdbcClient jdbc, TransactionTemplate transaction, TenantScope tenantScope, MailComposer composer,
                 MailSenderSettings settings, ObjectProvider<JavaMailSender> mailer, ObjectMapper json, Clock clock,
                 @Value("${forum.mail.from}") String from, @Value("${forum.mail.batch}") int batch,
                 @Value("${forum.mail.max-attempts}") int maxAttempts,
                 @Value("${forum.mail.retry-after}") Duration retryAfter) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.tenantScope = tenantScope;
        this.composer = composer;
        this.settings = settings;
        this.mailer = mailer;
        this.json = json;
        this.clock = clock;
        this.from = from;
        this.batch = Math.max(1, batch);
        this.maxAttempts = Math.max(1, maxAttempts);
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${forum.mail.send-every}", initialDelayString = "${forum.mail.send-every}")
    void onSchedule() {
        try {
            sendDue();
        } catch (RuntimeException failed) {
            LOG.error("Sending the due mails failed; the next run tries again", failed);
        }
    }

    /** Sends (or keeps) every mail due now, of every municipality; how many it took. */
    public int sendDue() {
        List<UUID> tenants = jdbc.sql("select tenant_id from retention_tenants() as t(tenant_id)")
                .query(UUID.class).list();
        int taken = 0;
        for (UUID tenant : tenants) {
            int inBatch;
            do {
                inBatch = transaction.execute(status -> sendBatch(tenant));
                taken += inBatch;
            } while (inBatch == batch);
        }
        return taken;
    }

    private record Due(UUID id, String kind, String address, String name, String language, String facts,
                       String subject, String html, String text, String ics, String icsMethod, int attempts) {
    }

    private int sendBatch(UUID tenant) {
        tenantScope.enter(tenant);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Due> due = jdbc.sql("""
                        select mail_id, kind, recipient_address, recipient_name, language, facts, subject, html, text,
                               ics, ics_method, attempts
                        from mail_outbox
                        where tenant_id = :tenant and state = 'pending' and next_attempt_at <= :now
                        order by next_attempt_at
                        limit :batch
                        for update skip locked
                        """)
                .param("tenant", tenant).param("now", now).param("batch", batch)
                .query((row, n) -> new Due(row.getObject("mail_id", UUID.class), row.getString("kind"),
                        row.getString("recipient_address"), row.getString("recipient_name"), row.getString("language"),
                        row.getString("facts"), row.getString("subject"), row.getString("html"), row.getString("text"),
                        row.getString("ics"), row.getString("ics_method"), row.getInt("attempts")))
                .list();
        if (due.isEmpty()) {
            return 0;
        }
        String country = jdbc.sql("select country from municipality_profile where tenant_id = :tenant")
                .param("tenant", tenant).query(String.class).optional().orElse(null);
        if (country == null) {
            // Signed up a moment ago: its profile has not reached the read models, so its language is not known
            // here yet. Its mails wait for it rather than go out in English.
            return 0;
        }
        MailSenderSettings.Sender sender = settings.current(tenant);
        JavaMailSender smtp = mailer.getIfAvailable();
        Map<MimeMessage, Due> outgoing = new LinkedHashMap<>();
        for (Due mail : due) {
            try {
                MailComposer.Composed composed = composed(mail, country);
                if (smtp == null) {
                    mark(mail.id(), "kept", now);
                } else {
                    outgoing.put(message(smtp, sender, mail, composed), mail);
                }
            } catch (RuntimeException | MessagingException | UnsupportedEncodingException failed) {
                failed(mail, failed, now);
            }
        }
        if (!outgoing.isEmpty()) {
            send(smtp, outgoing, now);
        }
        return due.size();
    }

    /**
     * The batch over one SMTP connection (JavaMailSender sends an array through one transport): a connection per mail
     * bounded the rate (BENCHMARKS.md, mail). A mail the server refused is tried again later; the others are sent.
     */
    private void send(JavaMailSender smtp, Map<MimeMessage, Due> outgoing, OffsetDateTime now) {
        Map<Object, Exception> refused = Map.of();
        try {
            smtp.send(outgoing.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException partly) {
            // Without failed messages it is the connection's close that failed, after every mail was sent.
            refused = partly.getFailedMessages();
            if (refused.isEmpty()) {
                LOG.warn("The SMTP connection did not close cleanly after sending: {}", partly.toString());
            }
        } catch (MailException whole) {
            outgoing.values().forEach(mail -> failed(mail, whole, now));
            return;
        }
        for (Map.Entry<MimeMessage, Due> mail : outgoing.entrySet()) {
            Exception failure = refused.get(mail.getKey());
            if (failure == null) {
                mark(mail.getValue().id(), "sent", now);
            } else {
                failed(mail.getValue(), failure, now);
            }
        }
    }

    /**
     * The municipality's language: the row's was read when the mail was put in, which may precede the municipality's
     * profile in the read models (an invitation right after the sign-up).
     */
    private static String languageOf(String country, String stored) {
        return switch (country) {
            case "DK" -> "da";
            case "SE" -> "sv";
            case "NO" -> "nb";
            default -> stored;
        };
    }

    private MailComposer.Composed composed(Due mail, String country) {
        if (mail.subject() != null) {
            return new MailComposer.Composed(mail.subject(), mail.html(), mail.text(), mail.ics(), mail.icsMethod());
        }
        MailKind kind = MailKind.of(mail.kind())
                .orElseThrow(() -> new IllegalStateException("No mail kind " + mail.kind()));
        MailComposer.Composed composed;
        try {
            composed = composer.compose(new MailComposer.Facts(kind, languageOf(country, mail.language()), country,
                    mail.name(),
                    json.readTree(mail.facts())));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("The facts of mail " + mail.id() + " are no JSON", unreadable);
        }
        jdbc.sql("""
                        update mail_outbox set subject = :subject, html = :html, text = :text, ics = :ics,
                            ics_method = :method
                        where mail_id = :id
                        """)
                .param("subject", composed.subject()).param("html", composed.html()).param("text", composed.text())
                .param("ics", composed.ics()).param("method", composed.icsMethod()).param("id", mail.id())
                .update();
        return composed;
    }

    private MimeMessage message(JavaMailSender smtp, MailSenderSettings.Sender sender, Due mail,
                                MailComposer.Composed composed)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(from, sender.senderName(), StandardCharsets.UTF_8.name()));
        if (sender.replyTo() != null) {
            helper.setReplyTo(sender.replyTo());
        }
        helper.setTo(new InternetAddress(mail.address(), mail.name(), StandardCharsets.UTF_8.name()));
        helper.setSubject(composed.subject());
        helper.setText(composed.text(), composed.html());
        if (composed.ics() != null) {
            helper.addAttachment("meeting.ics", new ByteArrayResource(composed.ics().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; method=" + composed.icsMethod() + "; charset=UTF-8");
        }
        message.setHeader("X-Forum-Mail", mail.id().toString());
        return message;
    }

    private void mark(UUID id, String state, OffsetDateTime now) {
        jdbc.sql("update mail_outbox set state = :state, sent_at = :now, attempts = attempts + 1 where mail_id = :id")
                .param("state", state).param("now", now).param("id", id).update();
    }

    private void failed(Due mail, Exception failure, OffsetDateTime now) {
        int attempts = mail.attempts() + 1;
        boolean givenUp = attempts >= maxAttempts;
        Instant next = now.toInstant().plus(retryAfter.multipliedBy(1L << Math.min(attempts - 1, 20)));
        LOG.warn("Mail {} not sent (attempt {} of {}): {}", mail.id(), attempts, maxAttempts, failure.toString());
        jdbc.sql("""
                        update mail_outbox set attempts = :attempts, state = :state, last_error = :error,
                            next_attempt_at = :next
                        where mail_id = :id
                        """)
                .param("attempts", attempts).param("state", givenUp ? "failed" : "pending")
                .param("error", failure.toString()).param("next", OffsetDateTime.ofInstant(next, ZoneOffset.UTC))
                .param("id", mail.id()).update();
    }
}
