package forum.api.meeting;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.PageController;
import forum.api.web.PageDates;
import forum.core.meeting.ApproveMinutes;
import forum.core.meeting.CompleteActionItem;
import forum.projections.meeting.MeetingActionItem;
import forum.projections.meeting.MeetingDetail;

/**
 * A meeting's page: when and where, agenda, attendance, minutes, decisions, its action items and the open ones
 * carried over from the forum's earlier meetings; the coordinator's buttons (approve the minutes, complete an item)
 * and links to the forms that change it.
 */
@PageController
class MeetingPage {

    static final String MINE = "mine";

    private final MeetingReaders readers;
    private final PageCommands commands;
    private final PageDates dates;
    private final Clock clock;

    MeetingPage(MeetingReaders readers, PageCommands commands, PageDates dates, Clock clock) {
        this.readers = readers;
        this.commands = commands;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/meetings/{meetingId}")
    @Readers.Municipality
    String meeting(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId, Model model) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        boolean coordinator = user.has(Role.COORDINATOR);
        boolean open = meeting.cancellation() == null;
        boolean minutesFinal = meeting.minutes() != null && meeting.minutes().approved();
        boolean started = !clock.instant().isBefore(meeting.startsAt());
        model.addAttribute("meeting", meeting);
        // The page's title is a fragment parameter, evaluated where templates may not call beans.
        model.addAttribute("day", dates.date(meeting.startsAt()));
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("mayChange", coordinator && open && meeting.minutes() == null);
        model.addAttribute("mayRecord", coordinator && open);
        model.addAttribute("mayRecordMinutes", (coordinator || user.has(Role.FORUM_MEMBER)) && open && started
                && !minutesFinal);
        model.addAttribute("mayApprove", coordinator && meeting.minutes() != null && !minutesFinal);
        model.addAttribute("notStarted", open && !started && !minutesFinal);
        return "meeting/meeting";
    }

    @PostMapping("/meetings/{meetingId}/minutes/approval")
    @Allowed.Coordinators
    String approveMinutes(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                          RedirectAttributes redirect) {
        readers.meeting(user, meetingId);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, commands.send(new ApproveMinutes(Tenants.of(user), meetingId),
                Notice.done("meeting.minutes.approved.notice")));
        return "redirect:/meetings/" + meetingId;
    }

    /**
     * Completes an action item, from the meeting's page or the person's own list ({@code returnTo} is a meeting's id
     * or "mine"). A coordinator completes any; a forum member their own only.
     */
    @PostMapping("/meetings/{meetingId}/action-items/{actionItemId}/completion")
    @Allowed.ForumParticipants
    String complete(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                    @PathVariable UUID actionItemId, @RequestParam(defaultValue = MINE) String returnTo,
                    RedirectAttributes redirect) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        MeetingActionItem item = meeting.actionItems().stream()
                .filter(candidate -> candidate.actionItemId().equals(actionItemId))
                .findFirst().orElseThrow(QueryProblems::notFound);
        if (!user.has(Role.COORDINATOR) && !ownedBy(user, meeting, item)) {
            throw new AccessDeniedException("A forum member completes their own action items");
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, commands.send(
                new CompleteActionItem(Tenants.of(user), meetingId, actionItemId),
                Notice.done("meeting.item.completed.notice", item.what())));
        return "redirect:" + returnPath(returnTo);
    }

    private boolean ownedBy(ForumUser user, MeetingDetail meeting, MeetingActionItem item) {
        Map<UUID, UUID> memberships = readers.memberships(user);
        return item.ownerMemberId().equals(memberships.get(meeting.forumId()));
    }

    /** Back to a meeting's page or to the person's own list; nothing else, so the parameter leads nowhere outside. */
    private static String returnPath(String returnTo) {
        try {
            return "/meetings/" + UUID.fromString(returnTo);
        } catch (IllegalArgumentException notAMeeting) {
            return MyActionItemsPage.PATH;
        }
    }
}
