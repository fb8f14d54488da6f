package forum.api.meeting;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.web.PageController;
import forum.api.web.PersonalValues;
import forum.core.meeting.AssignActionItem;
import forum.core.meeting.RecordAttendance;
import forum.core.meeting.RecordDecision;
import forum.core.meeting.RecordMinutes;
import forum.projections.meeting.Attendance;
import forum.projections.meeting.MeetingDetail;
import jakarta.validation.Valid;

/** The meeting's record, each on a form of its own: attendance, minutes, a decision, an action item. */
@PageController
class MeetingRecordPages {

    private final MeetingReaders readers;
    private final PageCommands commands;

    MeetingRecordPages(MeetingReaders readers, PageCommands commands) {
        this.readers = readers;
        this.commands = commands;
    }

    @GetMapping("/meetings/{meetingId}/attendance")
    @Allowed.Coordinators
    String attendanceForm(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId, Model model) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        AttendanceForm form = new AttendanceForm();
        meeting.attendance().stream().filter(Attendance::present)
                .forEach(present -> form.getPresentMemberIds().add(present.memberId()));
        return page("attendance", user, meeting, form, model);
    }

    @PostMapping("/meetings/{meetingId}/attendance")
    @Allowed.Coordinators
    String recordAttendance(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                            @Valid @ModelAttribute("form") AttendanceForm form, BindingResult binding, Model model,
                            RedirectAttributes redirect) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        if (binding.hasErrors() || !commands.send(new RecordAttendance(Tenants.of(user), meetingId,
                form.getPresentMemberIds()), binding)) {
            return page("attendance", user, meeting, form, model);
        }
        return done(meetingId, "meeting.attendance.notice", redirect);
    }

    @GetMapping("/meetings/{meetingId}/minutes")
    @Allowed.ForumParticipants
    String minutesForm(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId, Model model) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        TextForm form = new TextForm();
        // Erased minutes are not offered for editing: saving the marker would record it as the minutes' text.
        form.setText(meeting.minutes() == null || PersonalValues.erased(meeting.minutes().text()) ? null
                : meeting.minutes().text());
        return page("minutes", user, meeting, form, model);
    }

    @PostMapping("/meetings/{meetingId}/minutes")
    @Allowed.ForumParticipants
    String recordMinutes(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                         @Valid @ModelAttribute("form") TextForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        if (binding.hasErrors()
                || !commands.send(new RecordMinutes(Tenants.of(user), meetingId, form.getText()), binding)) {
            return page("minutes", user, meeting, form, model);
        }
        return done(meetingId, "meeting.minutes.notice", redirect);
    }

    @GetMapping("/meetings/{meetingId}/decisions")
    @Allowed.Coordinators
    String decisionForm(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId, Model model) {
        return page("decision", user, readers.meeting(user, meetingId), new TextForm(), model);
    }

    @PostMapping("/meetings/{meetingId}/decisions")
    @Allowed.Coordinators
    String recordDecision(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                          @Valid @ModelAttribute("form") TextForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        if (binding.hasErrors()
                || !commands.send(new RecordDecision(Tenants.of(user), meetingId, form.getText()), binding)) {
            return page("decision", user, meeting, form, model);
        }
        return done(meetingId, "meeting.decision.notice", redirect);
    }

    @GetMapping("/meetings/{meetingId}/action-items")
    @Allowed.Coordinators
    String actionItemForm(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId, Model model) {
        return page("action-item", user, readers.meeting(user, meetingId), new ActionItemForm(), model);
    }

    @PostMapping("/meetings/{meetingId}/action-items")
    @Allowed.Coordinators
    String assignActionItem(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                            @Valid @ModelAttribute("form") ActionItemForm form, BindingResult binding, Model model,
                            RedirectAttributes redirect) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        if (binding.hasErrors() || !commands.send(new AssignActionItem(Tenants.of(user), meetingId, UUID.randomUUID(),
                form.getOwnerMemberId(), form.getWhat(), form.getDue()), binding)) {
            return page("action-item", user, meeting, form, model);
        }
        return done(meetingId, "meeting.actionItem.notice", redirect);
    }

    private String page(String name, ForumUser user, MeetingDetail meeting, Object form, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        if (!name.equals("minutes") && !name.equals("decision")) {
            model.addAttribute("members", readers.membersOf(user, meeting));
        }
        return "meeting/" + name;
    }

    private static String done(UUID meetingId, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.done(notice));
        return "redirect:/meetings/" + meetingId;
    }
}
