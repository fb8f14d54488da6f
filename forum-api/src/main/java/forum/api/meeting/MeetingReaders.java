package forum.api.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.SignedInMunicipality;
import forum.projections.forum.ForumDetail;
import forum.projections.forum.ForumMember;
import forum.projections.forum.ForumSummary;
import forum.projections.forum.Forums;
import forum.projections.meeting.MeetingCalendar;
import forum.projections.meeting.MeetingDetail;

/**
 * Which meetings a person reads on the pages, through the read models the API reads. Coordinators, licensing
 * officers and auditors read every forum's; a forum member those of the forums that list them, found by their
 * account's e-mail address (the member's e-mail in the forum). A meeting outside that reads as not found. The
 * calendars (forum.api.calendar) hold a person to the same rule.
 */
@Service
public class MeetingReaders {

    private static final List<Role> READ_EVERY_FORUM = List.of(Role.COORDINATOR, Role.LICENSING_OFFICER, Role.AUDITOR);

    private final Forums forums;
    private final MeetingCalendar calendar;
    private final SignedInMunicipality municipality;
    private final Clock clock;

    MeetingReaders(Forums forums, MeetingCalendar calendar, SignedInMunicipality municipality, Clock clock) {
        this.forums = forums;
        this.calendar = calendar;
        this.municipality = municipality;
        this.clock = clock;
    }

    public static boolean readsEveryForum(ForumUser user) {
        return READ_EVERY_FORUM.stream().anyMatch(user::has);
    }

    /** The forums whose meetings the person reads, sorted by name. */
    public List<ForumSummary> forumsOf(ForumUser user) {
        List<ForumSummary> all = forums.list(Tenants.of(user));
        if (readsEveryForum(user)) {
            return all;
        }
        Map<UUID, UUID> memberships = memberships(user);
        return all.stream().filter(forum -> memberships.containsKey(forum.forumId())).toList();
    }

    /** The person's member id in each forum that lists their e-mail address, by forum. */
    Map<UUID, UUID> memberships(ForumUser user) {
        UUID tenantId = Tenants.of(user);
        Map<UUID, UUID> memberships = new LinkedHashMap<>();
        for (ForumSummary forum : forums.list(tenantId)) {
            forums.detail(tenantId, forum.forumId()).stream()
                    .flatMap(detail -> detail.members().stream())
                    .filter(member -> member.email() != null && member.email().equalsIgnoreCase(user.username()))
                    .findFirst()
                    .ifPresent(member -> memberships.put(forum.forumId(), member.memberId()));
        }
        return memberships;
    }

    /** The meeting, or the not-found page when the municipality has no such meeting or the person does not read it. */
    public MeetingDetail meeting(ForumUser user, UUID meetingId) {
        MeetingDetail meeting = calendar.detail(Tenants.of(user), meetingId).orElseThrow(QueryProblems::notFound);
        if (!readsEveryForum(user) && !memberships(user).containsKey(meeting.forumId())) {
            throw QueryProblems.notFound();
        }
        return meeting;
    }

    /** The meeting's forum with its current members (for attendance and owners). */
    ForumDetail forumOf(ForumUser user, MeetingDetail meeting) {
        return forums.detail(Tenants.of(user), meeting.forumId()).orElseThrow(QueryProblems::notFound);
    }

    List<ForumMember> membersOf(ForumUser user, MeetingDetail meeting) {
        return forumOf(user, meeting).members();
    }

    /** Today in the municipality's time zone: an action item is overdue from the day after its due date. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), municipality.zone());
    }
}
