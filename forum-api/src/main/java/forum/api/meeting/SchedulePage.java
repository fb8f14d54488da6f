package forum.api.meeting;

import java.time.Duration;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.web.PageController;
import forum.api.web.PageDates;
import forum.api.web.SignedInMunicipality;
import forum.core.meeting.ScheduleMeeting;
import jakarta.validation.Valid;

/** Scheduling a meeting of a forum: when (in the municipality's time zone), how long, where, and the agenda. */
@PageController
class SchedulePage {

    private final PageCommands commands;
    private final MeetingReaders readers;
    private final SignedInMunicipality municipality;
    private final PageDates dates;

    SchedulePage(PageCommands commands, MeetingReaders readers, SignedInMunicipality municipality, PageDates dates) {
        this.commands = commands;
        this.readers = readers;
        this.municipality = municipality;
        this.dates = dates;
    }

    @GetMapping("/meetings/new")
    @Allowed.Coordinators
    String form(@AuthenticationPrincipal ForumUser user, @RequestParam(required = false) UUID forumId, Model model) {
        ScheduleMeetingForm form = new ScheduleMeetingForm();
        form.setForumId(forumId);
        return page(user, form, model);
    }

    @PostMapping("/meetings")
    @Allowed.Coordinators
    String schedule(@AuthenticationPrincipal ForumUser user, @Valid @ModelAttribute("form") ScheduleMeetingForm form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(user, form, model);
        }
        UUID meetingId = UUID.randomUUID();
        var startsAt = form.getStartsAt().atZone(municipality.zone()).toInstant();
        if (!commands.send(new ScheduleMeeting(Tenants.of(user), meetingId, form.getForumId(), startsAt,
                Duration.ofMinutes(form.getDuration()), form.getLocation(), form.agendaItems()), binding)) {
            return page(user, form, model);
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.done("meeting.scheduled.notice", dates.dateTime(startsAt)));
        redirect.addAttribute("forumId", form.getForumId());
        return "redirect:/meetings";
    }

    private String page(ForumUser user, ScheduleMeetingForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("forums", readers.forumsOf(user));
        model.addAttribute("durations", ScheduleMeetingForm.durations(form.getDuration()));
        return "meeting/schedule";
    }

}
