package forum.api.demo;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import forum.api.security.ForumUser;
import forum.core.forum.AddForumMember;
import forum.core.forum.EstablishForum;
import forum.core.meeting.ApproveMinutes;
import forum.core.meeting.AssignActionItem;
import forum.core.meeting.CompleteActionItem;
import forum.core.meeting.RecordAttendance;
import forum.core.meeting.RecordDecision;
import forum.core.meeting.RecordMinutes;
import forum.core.meeting.ScheduleMeeting;

/**
 * A demo municipality's forum over the year: established with its members, then each meeting scheduled three
 * weeks ahead and held (attendance with one member away, minutes, a decision, an action item completed before
 * its due date), its minutes approved four days later. The latest meeting's minutes still await approval and
 * its two action items, both the police member's, are open: one fell due two days ago, one is due in ten days.
 * The next meeting is two weeks ahead. So the coordinator's and the police member's pages have work waiting.
 */
final class DemoForum {

    static final Duration SCHEDULED_AHEAD = Duration.ofDays(21);
    static final Duration LENGTH = Duration.ofHours(2);
    static final Duration NEXT_MEETING = Duration.ofDays(14);

    private DemoForum() {
    }

    /** A meeting held, for the recommendations agreed on there. */
    record Held(UUID meetingId, Instant startsAt) {
    }

    static List<Held> plan(DemoTimeline year, ForumUser coordinator, DemoPlans.Plan plan, Instant now) {
        UUID tenantId = coordinator.tenantId();
        DemoPlans.Words words = plan.words();
        UUID forumId = UUID.randomUUID();
        Instant established = now.minus(380, DAYS);
        year.at(established, coordinator, new EstablishForum(tenantId, forumId,
                words.forum().formatted(plan.name().replace(" (demo)", "")), words.method(), 4));
        List<UUID> members = new ArrayList<>();
        for (DemoPlans.Member member : plan.members()) {
            UUID memberId = UUID.randomUUID();
            year.at(established, coordinator, new AddForumMember(tenantId, forumId, memberId, member.name(),
                    member.email(), member.organisation(), member.role()));
            members.add(memberId);
        }
        UUID police = members.get(1);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Held> held = new ArrayList<>();
        int count = plan.meetingDaysAgo().size();
        for (int i = 0; i < count; i++) {
            Instant startsAt = evening(now.minus(plan.meetingDaysAgo().get(i), DAYS));
            UUID meetingId = UUID.randomUUID();
            year.at(startsAt.minus(SCHEDULED_AHEAD), coordinator, new ScheduleMeeting(tenantId, meetingId, forumId,
                    startsAt, LENGTH, words.location(), words.agenda()));
            Instant over = startsAt.plus(LENGTH);
            Set<UUID> present = new HashSet<>(members);
            present.remove(members.get(2 + i % (members.size() - 2)));
            year.at(over, coordinator, new RecordAttendance(tenantId, meetingId, present));
            year.at(over, coordinator, new RecordMinutes(tenantId, meetingId, words.minutes()));
            year.at(over, coordinator, new RecordDecision(tenantId, meetingId, words.decision()));
            String action = words.actions().get(i % words.actions().size());
            if (i < count - 1) {
                UUID itemId = UUID.randomUUID();
                UUID owner = members.get(i % members.size());
                year.at(over, coordinator, new AssignActionItem(tenantId, meetingId, itemId, owner, action,
                        LocalDate.ofInstant(startsAt.plus(SCHEDULED_AHEAD), ZoneOffset.UTC)));
                year.at(startsAt.plus(Duration.ofDays(18)), coordinator,
                        new CompleteActionItem(tenantId, meetingId, itemId));
                year.at(startsAt.plus(Duration.ofDays(4)), coordinator, new ApproveMinutes(tenantId, meetingId));
            } else {
                // Two days overdue in every time zone of the demo's countries; the other still open.
                year.at(over, coordinator, new AssignActionItem(tenantId, meetingId, UUID.randomUUID(), police,
                        words.actions().get(0), today.minusDays(2)));
                year.at(over, coordinator, new AssignActionItem(tenantId, meetingId, UUID.randomUUID(), police,
                        words.actions().get(2), today.plusDays(10)));
            }
            held.add(new Held(meetingId, startsAt));
        }
        year.at(now.minus(1, DAYS), coordinator, new ScheduleMeeting(tenantId, UUID.randomUUID(), forumId,
                evening(now.plus(NEXT_MEETING)), LENGTH, words.location(), words.agenda()));
        return held;
    }

    /** Five in the afternoon in Copenhagen, Stockholm and Oslo in winter, six in summer. */
    private static Instant evening(Instant day) {
        return day.truncatedTo(DAYS).plus(Duration.ofHours(16));
    }
}
