package forum.api.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import forum.core.forum.AddForumMember;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumMethod;
import forum.core.meeting.AssignActionItem;
import forum.core.meeting.RecordAttendance;
import forum.core.meeting.RecordMinutes;
import forum.core.meeting.ScheduleMeeting;

/**
 * A demo municipality's forum, its members and the quarter's meetings. A meeting cannot be scheduled in the
 * past, and its minutes are recorded once it has started: so the demo schedules its meetings to start a few
 * seconds from now and holds them (attendance and minutes) once they have started. They count for the current
 * quarter, the one the dashboards show first. A next meeting two weeks ahead, and an action item of the first
 * meeting already past its due date, give the coordinator's start page something in each of its lists.
 */
@Component
@DemoEnabled
class DemoForum {

    /** Time enough for the scheduling commands to reach the aggregate while the start is still ahead. */
    static final Duration LEAD = Duration.ofSeconds(3);
    static final Duration NEXT_MEETING = Duration.ofDays(14);

    private final CommandGateway commands;
    private final Clock clock;

    DemoForum(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    record Scheduled(UUID tenantId, List<UUID> memberIds, List<UUID> meetingIds, Instant startsAt) {
    }

    Scheduled establishAndSchedule(UUID tenantId, DemoPlans.Plan plan) {
        UUID forumId = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(tenantId, forumId, "Krogar mot knark " + plan.name(),
                ForumMethod.KROGAR_MOT_KNARK, 4));
        List<UUID> memberIds = new ArrayList<>();
        for (DemoPlans.Member member : DemoPlans.MEMBERS) {
            UUID memberId = UUID.randomUUID();
            commands.sendAndWait(new AddForumMember(tenantId, forumId, memberId, member.name(), null,
                    member.organisation(), member.role()));
            memberIds.add(memberId);
        }
        Instant startsAt = clock.instant().plus(LEAD);
        List<UUID> meetingIds = new ArrayList<>();
        for (int i = 0; i < plan.meetingsHeld(); i++) {
            UUID meetingId = UUID.randomUUID();
            commands.sendAndWait(new ScheduleMeeting(tenantId, meetingId, forumId, startsAt, Duration.ofHours(2),
                    "Stadshuset, sal " + (i + 1), List.of("Läget på krogarna", "Tillsyn sedan förra mötet")));
            meetingIds.add(meetingId);
        }
        commands.sendAndWait(new ScheduleMeeting(tenantId, UUID.randomUUID(), forumId, startsAt.plus(NEXT_MEETING),
                Duration.ofHours(2), "Stadshuset, sal 1", List.of("Läget på krogarna", "Sommarens uteserveringar")));
        return new Scheduled(tenantId, List.copyOf(memberIds), List.copyOf(meetingIds), startsAt);
    }

    /** Waits until the meetings have started, then records who came (one member missing each time) and minutes. */
    void hold(Scheduled scheduled) {
        awaitStart(scheduled.startsAt());
        List<UUID> members = scheduled.memberIds();
        for (int i = 0; i < scheduled.meetingIds().size(); i++) {
            UUID meetingId = scheduled.meetingIds().get(i);
            Set<UUID> present = new HashSet<>(members);
            present.remove(members.get(i % members.size()));
            commands.sendAndWait(new RecordAttendance(scheduled.tenantId(), meetingId, present));
            commands.sendAndWait(new RecordMinutes(scheduled.tenantId(), meetingId,
                    "Genomgång av händelser på krogarna och planering av nästa tillsynsrunda."));
        }
        // The police member owns it; it fell due two days ago (in every time zone of the demo's countries).
        commands.sendAndWait(new AssignActionItem(scheduled.tenantId(), scheduled.meetingIds().get(0),
                UUID.randomUUID(), members.get(1), "Besök krogarna med flest händelser och rapportera till forumet.",
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(2)));
    }

    private void awaitStart(Instant startsAt) {
        long millis = Duration.between(clock.instant(), startsAt).toMillis();
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the demo waited for its meetings to start", e);
        }
    }
}
