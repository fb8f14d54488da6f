package forum.projections.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import forum.core.erasure.PersonalDataErased;
import forum.core.meeting.ActionItemAssigned;
import forum.core.meeting.MeetingCancelled;
import forum.core.meeting.MeetingRescheduled;
import forum.core.meeting.MeetingScheduled;
import forum.core.meeting.MinutesApproved;
import forum.core.shared.DomainEvent;
import forum.core.venue.LicenceRecommendationIssued;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;

import static forum.projections.runtime.Rows.timestamp;

/**
 * Puts the mails an event makes due into the outbox: one row per recipient, keyed by the event's id, the kind and the
 * recipient, so that a record delivered again, or replayed, adds nothing. A meeting's notices go to the forum's
 * members with an address at the time of the event (a recommendation's notice to the municipality's licensing
 * officers' accounts); their calendar entry's SEQUENCE is the event's sequence in the
 * meeting (0 when scheduled), which grows with every change and keeps the meeting's id as UID.
 *
 * <p>It owns no table of the rebuild ({@link #tables} is empty: a rebuild empties nothing here), and it derives
 * nothing from events older than {@code forum.mail.derive-within}: a rebuild replays the whole history, and mail
 * about a meeting of last year is no news. Only present where the outbox exists (the application sets
 * {@code forum.mail.derive-from-events}).
 */
@Component
@ConditionalOnProperty(name = "forum.mail.derive-from-events", havingValue = "true")
class MailNoticeProjection implements Projection {

    static final String MEETING_NOTICE = "meeting-notice";
    static final String MINUTES_APPROVED = "minutes-approved";
    static final String ACTION_ITEM_ASSIGNED = "action-item-assigned";
    static final String RECOMMENDATION_AWAITS_DECISION = "recommendation-awaits-decision";

    private static final Set<Class<? extends DomainEvent>> HANDLED = Set.of(MeetingScheduled.class,
            MeetingRescheduled.class, MeetingCancelled.class, MinutesApproved.class, ActionItemAssigned.class,
            LicenceRecommendationIssued.class, PersonalDataErased.class);

    private static final String LANGUAGE = """
            coalesce((select case p.country when 'DK' then 'da' when 'SE' then 'sv' when 'NO' then 'nb' end
                      from municipality_profile p where p.tenant_id = m.tenant_id), 'en')""";

    private final ReadModelWrites writes;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration deriveWithin;

    MailNoticeProjection(ReadModelWrites writes, JdbcClient jdbc, ObjectMapper json, Clock clock,
                         @Value("${forum.mail.derive-within:P2D}") Duration deriveWithin) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.deriveWithin = deriveWithin;
    }

    @Override
    public String name() {
        return "mail-notices";
    }

    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return HANDLED.contains(eventType);
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (!HANDLED.contains(event.getClass())) {
            throw unhandled(event);
        }
        if (event instanceof PersonalDataErased erased) {
            forget(erased);
            return;
        }
        if (record.time() != null && record.time().isBefore(clock.instant().minus(deriveWithin))) {
            return;
        }
        writes.flush();
        if (event instanceof MeetingScheduled scheduled) {
            notice(record, scheduled.tenantId(), scheduled.meetingId(), Map.of("method", "REQUEST",
                    "startsAt", scheduled.startsAt().toString(),
                    "endsAt", scheduled.startsAt().plus(scheduled.duration()).toString(),
                    "location", scheduled.location(), "agenda", scheduled.agenda()), scheduled.forumId());
        } else if (event instanceof MeetingRescheduled rescheduled) {
            notice(record, rescheduled.tenantId(), rescheduled.meetingId(), Map.of("method", "REQUEST",
                    "startsAt", rescheduled.startsAt().toString(),
                    "endsAt", rescheduled.startsAt().plus(rescheduled.duration()).toString(),
                    "location", rescheduled.location()), null);
        } else if (event instanceof MeetingCancelled cancelled) {
            notice(record, cancelled.tenantId(), cancelled.meetingId(), Map.of("method", "CANCEL"), null);
        } else if (event instanceof MinutesApproved approved) {
            toMembers(record, approved.tenantId(), approved.meetingId(), MINUTES_APPROVED,
                    Map.of("meetingId", approved.meetingId().toString()), null, null, null, true);
        } else if (event instanceof ActionItemAssigned assigned) {
            toMembers(record, assigned.tenantId(), assigned.meetingId(), ACTION_ITEM_ASSIGNED,
                    Map.of("meetingId", assigned.meetingId().toString(), "actionItemId",
                            assigned.actionItemId().toString(), "what", assigned.what(),
                            "due", assigned.due() == null ? "" : assigned.due().toString()),
                    null, assigned.ownerMemberId(), "action-item:" + assigned.actionItemId(), false);
        } else if (event instanceof LicenceRecommendationIssued issued) {
            toLicensingOfficers(record, issued);
        }
    }

    /**
     * The municipality's licensing officers (accounts that may sign in now) learn of a recommendation awaiting their
     * decision; the mail names the venue and the kind, not the rationale.
     */
    private void toLicensingOfficers(DomainEventRecord record, LicenceRecommendationIssued issued) {
        jdbc.sql("""
                        insert into mail_outbox (mail_id, tenant_id, dedup_key, kind, recipient_account_id,
                                recipient_subject, recipient_address, recipient_name, language, facts, created_at,
                                next_attempt_at)
                        select gen_random_uuid(), m.tenant_id, :event || ':' || :kind || ':' || m.user_id, :kind,
                               m.user_id, 'account:' || m.user_id, m.username, m.display_name,
                               """ + LANGUAGE + """
                        ,
                               jsonb_build_object('venueName', (select v.name from venue v
                                                   where v.tenant_id = :tenant and v.venue_id = :venue),
                                                  'recommendationKind', cast(:recommendation as text),
                                                  'path', 'venues/' || cast(:venue as text)),
                               :now, :now
                        from user_account m
                        where m.tenant_id = :tenant and m.enabled
                          and ',' || m.roles || ',' like '%,LICENSING_OFFICER,%'
                          and (m.expires_at is null or m.expires_at > :now)
                        on conflict (tenant_id, dedup_key) do nothing
                        """)
                .param("event", record.id())
                .param("kind", RECOMMENDATION_AWAITS_DECISION)
                .param("tenant", issued.tenantId())
                .param("venue", issued.venueId())
                .param("recommendation", issued.kind().name())
                .param("now", timestamp(clock.instant()))
                .update();
    }

    /**
     * An erasure (a coordinator's or the retention job's) deletes the mails to the subjects erased and those that tell
     * of them (an action item's text); an account's, by its id. Also from events of any age: a rebuild replays them.
     */
    private void forget(PersonalDataErased erased) {
        List<String> accounts = erased.subjects().stream().filter(subject -> subject.startsWith("account:"))
                .map(subject -> subject.substring("account:".length())).toList();
        jdbc.sql("""
                        delete from mail_outbox where tenant_id = :tenant
                            and (recipient_subject in (:subjects) or about_subject in (:subjects)
                                 or cast(recipient_account_id as text) in (:accounts))
                        """)
                .param("tenant", erased.tenantId())
                .param("subjects", erased.subjects().isEmpty() ? List.of("") : erased.subjects())
                .param("accounts", accounts.isEmpty() ? List.of("") : accounts)
                .update();
    }

    private void notice(DomainEventRecord record, UUID tenant, UUID meeting, Map<String, Object> facts,
                        UUID forum) {
        Map<String, Object> all = new java.util.HashMap<>(facts);
        all.put("meetingId", meeting.toString());
        all.put("sequence", record.sequence());
        toMembers(record, tenant, meeting, MEETING_NOTICE, all, forum, null, null, false);
    }

    /**
     * One row per member of the meeting's forum with an address (or only the one member named), with the facts
     * completed from the meeting as it stands (place, times and agenda where the event does not carry them).
     */
    private void toMembers(DomainEventRecord record, UUID tenant, UUID meeting, String kind, Map<String, Object> facts,
                           UUID forum, UUID onlyMember, String about, boolean optional) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into mail_outbox (mail_id, tenant_id, dedup_key, kind, recipient_subject, about_subject,
                                recipient_address, recipient_name, language, facts, created_at, next_attempt_at)
                        select gen_random_uuid(), m.tenant_id, :event || ':' || :kind || ':' || m.member_id, :kind,
                               'member:' || m.member_id, cast(:about as varchar), m.email, m.person_name,
                               """ + LANGUAGE + """
                        ,
                               jsonb_build_object('forumName', f.name, 'startsAt', mt.starts_at, 'endsAt', mt.ends_at,
                                                  'location', mt.location, 'agenda', mt.agenda)
                                   || cast(:facts as jsonb),
                               :now, :now
                        from meeting_forum_of x
                        join forum_member m on m.tenant_id = :tenant and m.forum_id = x.forum_id
                        join forum f on f.tenant_id = :tenant and f.forum_id = x.forum_id
                        left join meeting mt on mt.tenant_id = :tenant and mt.meeting_id = :meeting
                        where m.removed_at is null and m.email is not null and m.email <> ''
                          and (cast(:only as uuid) is null or m.member_id = cast(:only as uuid))
                          and (not :optional or not exists (select 1 from mail_opt_out o
                               where o.tenant_id = m.tenant_id and o.address = lower(m.email) and o.kind = :kind))
                        on conflict (tenant_id, dedup_key) do nothing
                        """.replace("meeting_forum_of x", """
                        (select coalesce(cast(:forum as uuid), (select forum_id from meeting
                            where tenant_id = :tenant and meeting_id = :meeting)) as forum_id) x"""))
                .param("event", record.id())
                .param("kind", kind)
                .param("facts", asJson(facts))
                .param("now", timestamp(now))
                .param("tenant", tenant)
                .param("meeting", meeting)
                .param("forum", forum, java.sql.Types.OTHER)
                .param("only", onlyMember, java.sql.Types.OTHER)
                .param("about", about, java.sql.Types.VARCHAR)
                .param("optional", optional)
                .update();
    }

    private String asJson(Map<String, Object> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
