package forum.api.mail;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.web.SignedInMunicipality;
import forum.core.municipality.Country;

/**
 * Writes a mail's words from its facts, in its language: the subject from the bundle, the HTML part from
 * {@code templates/mail/<kind>.html}, the plain-text part from {@code templates/mail/<kind>.txt} (the templates hold
 * no words), and a meeting notice's .ics.
 */
@Component
class MailComposer {

    /** A mail ready to send. */
    record Composed(String subject, String html, String text, String ics, String icsMethod) {
    }

    /** What the row tells, as read from the outbox. */
    record Facts(MailKind kind, String language, String country, String name, JsonNode facts) {
    }

    private final SpringTemplateEngine html;
    private final SpringTemplateEngine text;
    private final MessageSource messages;
    private final NoticeCalendar notices;
    private final URI pages;

    MailComposer(SpringTemplateEngine html, MessageSource messages, NoticeCalendar notices,
                 @Value("${forum.mail.pages-url}") URI pages) {
        this.html = html;
        this.messages = messages;
        this.notices = notices;
        this.pages = pages;
        this.text = new SpringTemplateEngine();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        this.text.setTemplateResolver(resolver);
        this.text.setTemplateEngineMessageSource(messages);
    }

    Composed compose(Facts mail) {
        Locale locale = Locale.forLanguageTag(mail.language());
        Country country = country(mail.country());
        ZoneId zone = SignedInMunicipality.zoneOf(country);
        JsonNode facts = mail.facts();
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", mail.name());
        variables.put("forum", facts.path("forumName").asText(""));
        variables.put("location", facts.path("location").asText(""));
        variables.put("when", dateTime(facts.path("startsAt").asText(""), zone, locale));
        variables.put("until", dateTime(facts.path("endsAt").asText(""), zone, locale));
        variables.put("expires", dateTime(facts.path("expiresAt").asText(""), zone, locale));
        variables.put("what", facts.path("what").asText(""));
        variables.put("venue", facts.path("venueName").asText(""));
        variables.put("facts", facts);
        variables.put("recommendation", facts.path("recommendationKind").asText(""));
        variables.put("due", date(facts.path("due").asText(""), locale));
        variables.put("link", link(facts));
        variables.put("cancelled", "CANCEL".equals(facts.path("method").asText()));
        variables.put("moved", facts.path("sequence").asInt(0) > 0);
        List<String> agenda = new ArrayList<>();
        facts.path("agenda").forEach(item -> agenda.add(item.asText()));
        variables.put("agenda", agenda);
        Context context = new Context(locale, variables);
        String subjectKey = "mail." + mail.kind().words() + ".subject"
                + (mail.kind() == MailKind.MEETING_NOTICE ? subjectVariant(variables) : "");
        String subject = messages.getMessage(subjectKey, new Object[] {variables.get("forum"), variables.get("when")},
                locale);
        context.setVariable("subject", subject);
        String body = html.process("mail/" + mail.kind().key(), context);
        String plain = text.process(mail.kind().key(), context);
        if (mail.kind() != MailKind.MEETING_NOTICE) {
            return new Composed(subject, body, plain, null, null);
        }
        boolean cancelled = (boolean) variables.get("cancelled");
        NoticeCalendar.Notice notice = new NoticeCalendar.Notice(UUID.fromString(facts.path("meetingId").asText()),
                facts.path("forumName").asText(""), instant(facts.path("startsAt").asText()),
                instant(facts.path("endsAt").asText()), facts.path("location").asText(""), agenda, cancelled,
                facts.path("sequence").asInt(0));
        return new Composed(subject, body, plain, notices.ics(notice, country, locale, pages),
                cancelled ? "CANCEL" : "REQUEST");
    }

    private static String subjectVariant(Map<String, Object> variables) {
        if (Boolean.TRUE.equals(variables.get("cancelled"))) {
            return ".cancelled";
        }
        return Boolean.TRUE.equals(variables.get("moved")) ? ".moved" : "";
    }

    private String link(JsonNode facts) {
        if (facts.hasNonNull("path")) {
            return pages.resolve(facts.path("path").asText()).toString();
        }
        if (facts.hasNonNull("meetingId")) {
            return pages.resolve("meetings/" + facts.path("meetingId").asText()).toString();
        }
        return pages.toString();
    }

    private static Country country(String code) {
        try {
            return code == null ? Country.SE : Country.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return Country.SE;
        }
    }

    /** The facts' times: ISO instants (Z) or PostgreSQL's JSON timestamps (+00:00). */
    static Instant instant(String value) {
        return value == null || value.isEmpty() ? null : OffsetDateTime.parse(value).toInstant();
    }

    private static String dateTime(String value, ZoneId zone, Locale locale) {
        Instant instant = instant(value);
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    private static String date(String value, Locale locale) {
        return value == null || value.isEmpty() ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.parse(value));
    }
}
