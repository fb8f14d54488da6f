package forum.api.meeting;

import java.time.Duration;
import java.time.Instant;
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
import forum.api.web.PageDates;
import forum.api.web.SignedInMunicipality;
import forum.core.meeting.CancelMeeting;
import forum.core.meeting.RescheduleMeeting;
import forum.projections.meeting.MeetingDetail;
import jakarta.validation.Valid;

/** Rescheduling a meeting (another time, length or place) and cancelling it with a reason. */
@PageController
class MeetingChangePages {

    private final MeetingReaders readers;
    private final PageCommands commands;
    private final SignedInMunicipality municipality;
    private final PageDates dates;

    MeetingChangePages(MeetingReaders readers, PageCommands commands, SignedInMunicipality municipality,
                       PageDates dates) {
        this.readers = readers;
        this.commands = commands;
        this.municipality = municipality;
        this.dates = dates;
    }

    @GetMapping("/meetings/{meetingId}/rescheduling")
    @Allowed.Coordinators
    String rescheduleForm(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId, Model model) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        RescheduleMeetingForm form = new RescheduleMeetingForm();
        form.setStartsAt(meeting.startsAt().atZone(municipality.zone()).toLocalDateTime());
        form.setDuration((int) Duration.between(meeting.startsAt(), meeting.endsAt()).toMinutes());
        form.setLocation(meeting.location());
        return reschedulePage(meeting, form, model);
    }

    @PostMapping("/meetings/{meetingId}/rescheduling")
    @Allowed.Coordinators
    String reschedule(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                      @Valid @ModelAttribute("form") RescheduleMeetingForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        if (binding.hasErrors()) {
            return reschedulePage(meeting, form, model);
        }
        Instant startsAt = form.getStartsAt().atZone(municipality.zone()).toInstant();
        if (!commands.send(new RescheduleMeeting(Tenants.of(user), meetingId, startsAt,
                Duration.ofMinutes(form.getDuration()), form.getLocation()), binding)) {
            return reschedulePage(meeting, form, model);
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE,
                Notice.done("meeting.rescheduled.notice", dates.dateTime(startsAt)));
        return "redirect:/meetings/" + meetingId;
    }

    @GetMapping("/meetings/{meetingId}/cancellation")
    @Allowed.Coordinators
    String cancelForm(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId, Model model) {
        return cancelPage(readers.meeting(user, meetingId), new ReasonForm(), model);
    }

    @PostMapping("/meetings/{meetingId}/cancellation")
    @Allowed.Coordinators
    String cancel(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                  @Valid @ModelAttribute("form") ReasonForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        if (binding.hasErrors()
                || !commands.send(new CancelMeeting(Tenants.of(user), meetingId, form.getReason()), binding)) {
            return cancelPage(meeting, form, model);
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.done("meeting.cancelled.notice"));
        return "redirect:/meetings/" + meetingId;
    }

    private static String reschedulePage(MeetingDetail meeting, RescheduleMeetingForm form, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("durations", ScheduleMeetingForm.durations(form.getDuration()));
        return "meeting/reschedule";
    }

    private static String cancelPage(MeetingDetail meeting, ReasonForm form, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        return "meeting/cancel";
    }
}
