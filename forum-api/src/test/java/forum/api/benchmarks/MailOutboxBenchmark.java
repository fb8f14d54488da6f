package forum.api.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import forum.api.commands.TestMunicipality;
import forum.api.mail.MailDispatch;
import forum.api.mail.MailKind;
import forum.api.mail.MailOutbox;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.projections.runtime.TenantScope;
import jakarta.mail.internet.MimeMessage;

/**
 * Mails per second through the outbox to a real SMTP server in the JVM (GreenMail): N mails put in the outbox in one
 * transaction, then sent by the sender job (composed from the bundles and templates, each taken with skip locked,
 * sent and marked in its batch's transaction, a batch over one SMTP connection), by one sender and by two racing.
 * Reference, in the same run: the same number of mails of the same size sent by Spring's JavaMailSender directly,
 * without the outbox, a connection per mail and 20 mails (the sender's batch) per connection.
 * {@code -Dforum.bench.mail.count=} sets N (default 2,000).
 */
@ForumIntegrationTest
// Closed after the class: its sender, left running, would send the shared database's mails to a stopped server.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailOutboxBenchmark {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "localhost");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // The benchmark runs the sender itself.
        properties.add("forum.mail.send-every", () -> "PT1H");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatch dispatch;

    @Autowired
    JavaMailSender smtp;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TenantScope tenantScope;

    @Test
    void mailsPerSecondThroughTheOutboxBesideDirectSends() throws Exception {
        int mails = Integer.getInteger("forum.bench.mail.count", 2_000);
        Report report = new Report("Mail: " + mails + " mails through the outbox to GreenMail");
        try {
            UUID tenant = TestMunicipality.signUp(http, accounts).tenantId();
            // For the JIT: the whole path once with a few hundred mails.
            put(tenant, 300, "warm-up");
            runSenders(1, 300);

            put(tenant, mails, "one");
            double putSeconds = lastPutSeconds;
            double oneSender = runSenders(1, mails);

            put(tenant, mails, "two");
            double twoSenders = runSenders(2, mails);

            double direct = direct(mails, 1);
            double directBatched = direct(mails, 20);

            report.row("put in the outbox (one transaction)", "%.2f s  (%s)", putSeconds,
                    Report.perSecond(mails / putSeconds));
            report.row("sent through the outbox, one sender", "%.2f s  (%s)", oneSender,
                    Report.perSecond(mails / oneSender));
            report.row("sent through the outbox, two senders racing", "%.2f s  (%s)", twoSenders,
                    Report.perSecond(mails / twoSenders));
            report.row("reference: JavaMailSender directly, a connection per mail", "%.2f s  (%s)", direct,
                    Report.perSecond(mails / direct));
            report.row("reference: JavaMailSender directly, 20 mails per connection", "%.2f s  (%s)",
                    directBatched, Report.perSecond(mails / directBatched));
            report.row("outbox (one sender) / direct in batches as the sender's", "%s of its speed",
                    Report.ratio(directBatched, oneSender));
            report.note("Each outbox mail is composed (subject, HTML and text from the templates, in Norwegian) when "
                    + "first taken; the direct ones are built of the same sizes beforehand.");
        } finally {
            report.print();
        }
    }

    private double lastPutSeconds;

    private void put(UUID tenant, int count, String run) {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(tenant);
            for (int i = 0; i < count; i++) {
                outbox.put(new MailOutbox.Letter(tenant, "bench:" + run + ":" + i, MailKind.INVITATION, null, null,
                        "bench-" + run + "-" + i + "@bench.example", "Benk Mottaker " + i,
                        Map.of("path", "invitations/bench-" + i, "expiresAt", "2030-01-01T00:00:00Z")));
            }
        });
        lastPutSeconds = (System.nanoTime() - started) / 1e9;
    }

    /** Seconds until every mail put has arrived, the senders running meanwhile. */
    private double runSenders(int senders, int expected) throws Exception {
        int before = SMTP.getReceivedMessages().length;
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            Callable<Integer> send = dispatch::sendDue;
            int taken = 0;
            for (Future<Integer> run : pool.invokeAll(java.util.Collections.nCopies(senders, send))) {
                taken += run.get();
            }
            // Other mails the shared database holds may be taken too.
            assertThat(taken).isGreaterThanOrEqualTo(expected);
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> SMTP.getReceivedMessages().length >= before + expected);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(SMTP.getReceivedMessages()).hasSize(before + expected);
        return seconds;
    }

    /** Seconds to send count mails directly, batch of them over each SMTP connection. */
    private double direct(int count, int batch) throws Exception {
        int before = SMTP.getReceivedMessages().length;
        String html = "<html><body><p>" + "Hei, du er invitert til Forum. ".repeat(12) + "</p></body></html>";
        String text = "Hei, du er invitert til Forum. ".repeat(12);
        long started = System.nanoTime();
        java.util.List<MimeMessage> pending = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom("no-reply@forum.invalid");
            helper.setTo("direct-" + i + "@bench.example");
            helper.setSubject("Du er invitert til Forum");
            helper.setText(text, html);
            pending.add(message);
            if (pending.size() == batch || i == count - 1) {
                smtp.send(pending.toArray(MimeMessage[]::new));
                pending.clear();
            }
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> SMTP.getReceivedMessages().length >= before + count);
        return (System.nanoTime() - started) / 1e9;
    }
}
