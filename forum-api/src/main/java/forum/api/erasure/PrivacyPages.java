package forum.api.erasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.problem.ConflictException;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.FormProblems;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.core.erasure.ErasureReason;
import jakarta.validation.Valid;

/**
 * A person's data for the coordinator: found by a piece of name or e-mail, every place shown with the erasure form
 * (all places chosen at first, a reason, a confirmation), readable as an export, and the erasures done.
 */
@PageController
class PrivacyPages {

    static final String PATH = "/privacy";

    private final DataSubjects subjects;
    private final PersonErasure erasure;
    private final ErasureHistory history;

    PrivacyPages(DataSubjects subjects, PersonErasure erasure, ErasureHistory history) {
        this.subjects = subjects;
        this.erasure = erasure;
        this.history = history;
    }

    @Bean
    static NavigationEntry privacyNavigation() {
        return new NavigationEntry(85, PATH, "privacy.nav", Set.of(Role.COORDINATOR));
    }

    @GetMapping(PATH)
    @Allowed.Coordinators
    String search(@AuthenticationPrincipal ForumUser user, @RequestParam(required = false) String query, Model model) {
        ErasureForm form = new ErasureForm();
        form.setQuery(query);
        Optional<List<Place>> places = places(user, query, model);
        places.ifPresent(found -> form.setSubjects(new ArrayList<>(found.stream().map(Place::choice).distinct()
                .toList())));
        return page(model, form, places);
    }

    @PostMapping(PATH + "/erasures")
    @Allowed.Coordinators
    String erase(@AuthenticationPrincipal ForumUser user, @Valid @ModelAttribute("form") ErasureForm form,
                 BindingResult problems, Model model, RedirectAttributes next) {
        form.check(problems);
        if (!problems.hasErrors()) {
            try {
                Choices chosen = Choices.of(form.getSubjects());
                PersonErasure.Erased erased = erasure.erase(Tenants.of(user), user.userId(), chosen.subjects(),
                        chosen.accounts(), chosen.invitations(), form.getReason());
                next.addFlashAttribute("notice", "privacy.erasure.done");
                next.addFlashAttribute("noticeCount", erased.subjects() + erased.accounts() + erased.invitations());
                return "redirect:" + PATH + "/erasures";
            } catch (ConflictException refused) {
                FormProblems.reject(problems, "subjects", refused.code());
            }
        }
        return page(model, form, places(user, form.getQuery(), model));
    }

    @GetMapping(PATH + "/export")
    @Allowed.Coordinators
    String export(@AuthenticationPrincipal ForumUser user, @RequestParam(required = false) String query,
                  Model model) {
        if (!valid(query)) {
            return "redirect:" + PATH;
        }
        model.addAttribute("export", subjects.export(Tenants.of(user), query));
        return "privacy/export";
    }

    @GetMapping(PATH + "/erasures")
    @Allowed.Coordinators
    String erasures(@AuthenticationPrincipal ForumUser user, Model model) {
        model.addAttribute("erasures", history.list(Tenants.of(user)));
        return "privacy/erasures";
    }

    private String page(Model model, ErasureForm form, Optional<List<Place>> places) {
        model.addAttribute("form", form);
        model.addAttribute("query", form.getQuery());
        model.addAttribute("reasons", ErasureReason.values());
        places.ifPresent(found -> model.addAttribute("places", found));
        return "privacy/search";
    }

    /** The places the query finds; none searched for no query, and a query too short or long said so. */
    private Optional<List<Place>> places(ForumUser user, String query, Model model) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        if (!valid(query)) {
            model.addAttribute("queryProblem", "privacy.query.length");
            return Optional.empty();
        }
        return Optional.of(subjects.find(Tenants.of(user), query));
    }

    static boolean valid(String query) {
        try {
            DataSubjects.query(query);
            return true;
        } catch (ErrorResponseException invalid) {
            return false;
        }
    }

    /** The form's choices split as an erasure takes them. */
    record Choices(List<String> subjects, List<UUID> accounts, List<UUID> invitations) {

        static Choices of(List<String> chosen) {
            Choices choices = new Choices(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (String choice : chosen) {
                if (choice.startsWith(Place.ACCOUNT)) {
                    choices.accounts().add(id(choice.substring(Place.ACCOUNT.length())));
                } else if (choice.startsWith(Place.INVITATION)) {
                    choices.invitations().add(id(choice.substring(Place.INVITATION.length())));
                } else {
                    choices.subjects().add(choice);
                }
            }
            return choices;
        }

        private static UUID id(String value) {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException malformed) {
                throw ErasureProblems.invalid("subjects", "not an id: " + value);
            }
        }
    }
}
