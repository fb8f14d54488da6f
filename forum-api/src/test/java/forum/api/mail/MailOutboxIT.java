package forum.api.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.CaseFiles;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.TopicScans;
import forum.core.forum.AddForumMember;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.meeting.AssignActionItem;
import forum.core.meeting.CancelMeeting;
import forum.core.meeting.RescheduleMeeting;
import forum.core.meeting.ScheduleMeeting;
import forum.projections.runtime.TenantScope;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Mail through the outbox to a real SMTP server in the JVM (GreenMail): a meeting scheduled, moved and cancelled
 * reaches each member of its forum once per change with the right .ics METHOD and SEQUENCE, and no member of another
 * municipality; the meeting's record delivered again sends nothing more; two senders racing over the same due mails
 * deliver each once; an action item's reminder, a coordinator's weekly digest and a recommendation's notice to the
 * licensing officer come once, and the digest not to a coordinator who turned it off.
 */
@ForumIntegrationTest
// Closed after the class: its sender, left running, would send the shared database's mails to a stopped server.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailOutboxIT {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final String TOPIC = "forum.domain-events";

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "localhost");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("forum.mail.send-every", () -> "PT1S");
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
    CommandGateway commands;

    @Autowired
    MailDispatch dispatch;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MailReminders reminders;

    @Autowired
    MailDigests digests;

    @Autowired
    MailPreferences preferences;

    @Autowired
    TenantScope tenantScope;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aMeetingsNoticesReachEachMemberOncePerChangeWithTheRightMethodAndSequence() throws Exception {
        TestMunicipality a = TestMunicipality.signUp(http, accounts);
        TestMunicipality b = TestMunicipality.signUp(http, accounts);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String pia = "pia-" + suffix + "@politi.example";
        String ole = "ole-" + suffix + "@kommune.example";
        String bMember = "berit-" + suffix + "@other.example";
        UUID forum = forum(a.tenantId(), pia, ole);
        UUID bForum = forum(b.tenantId(), bMember);

        Instant start = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        UUID meeting = UUID.randomUUID();
        commands.sendAndWait(new ScheduleMeeting(a.tenantId(), meeting, forum, start, Duration.ofHours(2),
                "Rådhuset", List.of("Skjenkestedene i sentrum")));
        UUID bMeeting = UUID.randomUUID();
        commands.sendAndWait(new ScheduleMeeting(b.tenantId(), bMeeting, bForum, start, Duration.ofHours(1),
                "Annen kommune", List.of("Eget")));
        List<VEvent> first = awaitNotices(pia, meeting, 1);
        commands.sendAndWait(new RescheduleMeeting(a.tenantId(), meeting, start.plus(1, ChronoUnit.DAYS),
                Duration.ofHours(2), "Rådhuset, sal 2"));
        awaitNotices(pia, meeting, 2);
        commands.sendAndWait(new CancelMeeting(a.tenantId(), meeting, "Sykdom"));

        for (String member : List.of(pia, ole)) {
            List<MimeMessage> mails = awaitMails(member, 3);
            List<Calendar> calendars = new ArrayList<>();
            for (MimeMessage mail : mails) {
                calendars.add(ics(mail));
            }
            calendars.sort(java.util.Comparator.comparingInt(c -> Integer.parseInt(c.getComponent("VEVENT")
                    .orElseThrow().getProperty(Property.SEQUENCE).orElseThrow().getValue())));
            assertThat(calendars).extracting(c -> c.getProperty(Property.METHOD).orElseThrow().getValue())
                    .containsExactly("REQUEST", "REQUEST", "CANCEL");
            List<VEvent> events = calendars.stream().map(c -> (VEvent) c.getComponent("VEVENT").orElseThrow())
                    .toList();
            assertThat(events).extracting(e -> e.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                    .containsExactly("0", "1", "2");
            assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                    .allMatch(uid -> uid.contains(meeting.toString()));
            assertThat(events.get(1).getProperty(Property.LOCATION).orElseThrow().getValue())
                    .isEqualTo("Rådhuset, sal 2");
            assertThat(mails.get(0).getSubject()).isNotBlank();
            assertThat(text(mails.get(0))).contains("Skjenkestedene i sentrum");
        }
        assertThat(first).hasSize(1);

        // The other municipality's member has its own meeting's notice only; ours never hear of it.
        List<MimeMessage> other = awaitMails(bMember, 1);
        assertThat(ics(other.get(0)).toString()).contains(bMeeting.toString()).doesNotContain(meeting.toString());
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> !to(bMember).contains(mail)))
                .noneMatch(mail -> contains(mail, bMeeting.toString()));

        // The meeting's record delivered again: no second notice.
        redeliver(meeting.toString(), "MeetingScheduled");
        Thread.sleep(3000);
        dispatch.sendDue();
        assertThat(to(pia)).hasSize(3);
        assertThat(to(ole)).hasSize(3);

        // Putting the same letter again is no second mail either.
        Map<String, Object> facts = Map.of("path", "invitations/x", "expiresAt", "2030-01-01T00:00:00Z");
        MailOutbox.Letter letter = new MailOutbox.Letter(a.tenantId(), "twice:" + suffix, MailKind.INVITATION, null,
                null, "twice-" + suffix + "@kommune.example", "To Ganger", facts);
        assertThat(putInTenant(letter)).isTrue();
        assertThat(putInTenant(letter)).isFalse();
        awaitMails(letter.address(), 1);
    }

    @Test
    void twoSendersRacingDeliverEachMailOnce() throws Exception {
        TestMunicipality a = TestMunicipality.signUp(http, accounts);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(a.tenantId());
            for (int i = 0; i < 60; i++) {
                String address = "racer-" + i + "-" + suffix + "@race.example";
                addresses.add(address);
                outbox.put(new MailOutbox.Letter(a.tenantId(), "race:" + suffix + ":" + i, MailKind.INVITATION, null,
                        null, address, "Racer " + i, Map.of("path", "invitations/race-" + i,
                        "expiresAt", "2030-01-01T00:00:00Z")));
            }
        });
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> send = dispatch::sendDue;
            List<Future<Integer>> runs = senders.invokeAll(List.of(send, send));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            senders.shutdown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> addresses.stream()
                .allMatch(address -> to(address).size() >= 1));
        Thread.sleep(2000);
        for (String address : addresses) {
            assertThat(to(address)).as(address).hasSize(1);
        }
    }

    @Test
    void remindersDigestsAndRecommendationsComeOnceAndNotToWhoTurnedThemOff() throws Exception {
        TestMunicipality a = TestMunicipality.signUp(http, accounts);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String member = "member-" + suffix + "@politi.example";
        CaseFiles.CaseFile seeded = CaseFiles.seed(commands, a.tenantId(), null, member);
        UUID soonDue = UUID.randomUUID();
        commands.sendAndWait(new AssignActionItem(a.tenantId(), seeded.meetingId(), soonDue, seeded.memberId(),
                "Tjekke legitimasjon", LocalDate.now().plusDays(2)));
        String quiet = "quiet-coordinator-" + suffix + "@example.no";
        accounts.create(a.tenantId(), quiet, TestMunicipality.PASSWORD, "Stille Koordinator",
                EnumSet.of(Role.COORDINATOR));
        preferences.change(a.tenantId(), quiet, EnumSet.of(MailKind.WEEKLY_DIGEST));

        // The licensing officer hears of each recommendation issued (the seed issues two).
        List<MimeMessage> officer = awaitMails(a.usernames().get(Role.LICENSING_OFFICER), 2);
        assertThat(officer).extracting(MimeMessage::getSubject).containsOnly("En anbefaling venter på vedtaket ditt");

        // The reminder: once, however often the job runs; only for the item due soon.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            reminders.remind();
            return !reminders(member).isEmpty();
        });
        reminders.remind();
        assertThat(digests.digest()).isGreaterThanOrEqualTo(1);
        assertThat(digests.digest()).isZero();
        List<MimeMessage> digest = awaitMails(a.usernames().get(Role.COORDINATOR), 1);
        dispatch.sendDue();
        Thread.sleep(2000);
        assertThat(reminders(member)).hasSize(1);
        assertThat(text(reminders(member).get(0))).contains("Tjekke legitimasjon");
        assertThat(digest).hasSize(1);
        assertThat(text(digest.get(0))).contains("Planlagte møter: 1", "Anbefalinger som venter på bevillingsvedtak");
        assertThat(to(quiet)).isEmpty();
    }

    /** The action item reminders this address received (their subject says the item is due soon). */
    private static List<MimeMessage> reminders(String address) {
        return to(address).stream().filter(mail -> {
            try {
                return mail.getSubject().contains("har snart frist");
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    private boolean putInTenant(MailOutbox.Letter letter) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            tenantScope.enter(letter.tenantId());
            return outbox.put(letter);
        }));
    }

    private UUID forum(UUID tenant, String... emails) {
        UUID forum = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(tenant, forum, "Trygt natteliv", ForumMethod.NIGHTLIFE_SAFETY, 4));
        for (String email : emails) {
            commands.sendAndWait(new AddForumMember(tenant, forum, UUID.randomUUID(), "Medlem " + email, email,
                    "Politiet", MemberRole.POLICE));
        }
        return forum;
    }

    /** The record of this aggregate and event, as the broker holds it, sent again as it was. */
    private void redeliver(String subject, String eventName) {
        List<ConsumerRecord<String, String>> records = new TopicScans(bootstrapServers).records(TOPIC).stream()
                .filter(r -> r.value() != null && r.value().contains(subject) && r.value().contains(eventName))
                .toList();
        assertThat(records).isNotEmpty();
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ConsumerRecord<String, String> record = records.get(0);
            producer.send(new ProducerRecord<>(TOPIC, null, record.key(), record.value(), record.headers()));
            producer.flush();
        }
    }

    private List<VEvent> awaitNotices(String address, UUID meeting, int count) throws Exception {
        List<MimeMessage> mails = awaitMails(address, count);
        List<VEvent> events = new ArrayList<>();
        for (MimeMessage mail : mails) {
            events.add((VEvent) ics(mail).getComponent("VEVENT").orElseThrow());
        }
        assertThat(events).allMatch(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                .contains(meeting.toString()));
        return events;
    }

    private static List<MimeMessage> awaitMails(String address, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> to(address).size() >= count);
        return to(address);
    }

    /** The mails GreenMail received for this address, in the order received. */
    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients())
                        .anyMatch(r -> ((InternetAddress) r).getAddress().equalsIgnoreCase(address));
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    private static Calendar ics(MimeMessage mail) throws Exception {
        Part part = find(mail, "text/calendar");
        assertThat(part).as("the .ics of %s", mail.getSubject()).isNotNull();
        try (InputStream in = part.getInputStream()) {
            return new CalendarBuilder().build(in);
        }
    }

    private static String text(MimeMessage mail) {
        try {
            Part part = find(mail, "text/plain");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = part.getInputStream()) {
                in.transferTo(out);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static boolean contains(MimeMessage mail, String text) {
        try {
            Part part = find(mail, "text/calendar");
            return part != null && ics(mail).toString().contains(text);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static Part find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = find(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
