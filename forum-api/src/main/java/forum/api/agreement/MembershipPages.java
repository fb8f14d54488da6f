package forum.api.agreement;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import forum.api.access.Allowed;
import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.FormCommands;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;
import forum.core.agreement.AgreementEndReason;
import forum.core.agreement.Commitment;
import forum.core.agreement.EndAgreement;
import forum.core.agreement.RenewAgreement;
import forum.core.agreement.SignAgreement;
import forum.core.forum.ForumMethod;
import forum.core.training.CourseKind;
import forum.core.training.RecordTraining;
import forum.projections.agreement.AgreementView;
import forum.projections.venue.VenueFile;
import forum.projections.venue.VenueRegister;

/**
 * A venue's place in the method, beside its case file: the status and why, its agreements and courses; the
 * coordinator signs, renews and ends agreements and records courses here.
 */
@PageController
class MembershipPages {

    private final MembershipReads reads;
    private final VenueRegister register;
    private final FormCommands commands;
    private final SignedInMunicipality municipality;

    MembershipPages(MembershipReads reads, VenueRegister register, FormCommands commands,
                    SignedInMunicipality municipality) {
        this.reads = reads;
        this.register = register;
        this.commands = commands;
        this.municipality = municipality;
    }

    @GetMapping("/venues/{venueId}/membership")
    @Readers.Municipality
    String membership(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId, Model model) {
        model.addAttribute("membership", reads.of(user, venueId).orElseThrow(QueryProblems::notFound));
        model.addAttribute("file", venue(user, venueId));
        model.addAttribute("mayManage", user.has(Role.COORDINATOR));
        model.addAttribute("personal", Readers.readsCaseFreeText(user));
        return "agreement/membership";
    }

    @GetMapping("/venues/{venueId}/agreements/new")
    @Allowed.Coordinators
    String signing(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId, Model model) {
        SignForm form = new SignForm();
        form.setSignedOn(reads.today());
        form.setMethod(defaultMethod());
        model.addAttribute("form", form);
        return signForm(venue(user, venueId), model);
    }

    @PostMapping("/venues/{venueId}/agreements/new")
    @Allowed.Coordinators
    String sign(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                @ModelAttribute("form") SignForm form, BindingResult problems, Model model) {
        VenueFile file = venue(user, venueId);
        if (problems.hasErrors() || !commands.sent(new SignAgreement(Tenants.of(user), UUID.randomUUID(), venueId,
                form.getMethod(), form.getSignedOn(), form.getSignedForVenue(), form.getSignedForMunicipality(),
                form.getCommitments(), AgreementCommandController.blankAsNull(form.getOtherCommitments()),
                form.getStaffCount()), problems)) {
            return signForm(file, model);
        }
        return "redirect:/venues/" + venueId + "/membership?signed";
    }

    @GetMapping("/venues/{venueId}/agreement")
    @Allowed.Coordinators
    String renewal(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId, Model model) {
        VenueFile file = venue(user, venueId);
        Optional<AgreementView> agreement = reads.current(user, venueId);
        if (agreement.isEmpty()) {
            // Nothing to renew or end (never signed, or ended meanwhile): the membership page says so.
            return "redirect:/venues/" + venueId + "/membership";
        }
        AgreementView current = agreement.get();
        RenewalForm form = new RenewalForm();
        form.setRenewedOn(reads.today());
        form.setEndedOn(reads.today());
        form.setStaffCount(current.staffCount());
        model.addAttribute("form", form);
        return renewalForm(file, current, model);
    }

    @PostMapping("/venues/{venueId}/agreement/renewal")
    @Allowed.Coordinators
    String renew(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                 @ModelAttribute("form") RenewalForm form, BindingResult problems, Model model) {
        AgreementView current = current(user, venueId);
        if (problems.hasErrors() || !commands.sent(new RenewAgreement(Tenants.of(user), current.agreementId(),
                form.getRenewedOn(), form.getStaffCount()), problems)) {
            return renewalForm(venue(user, venueId), current, model);
        }
        return "redirect:/venues/" + venueId + "/membership?renewed";
    }

    @PostMapping("/venues/{venueId}/agreement/ending")
    @Allowed.Coordinators
    String end(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
               @ModelAttribute("form") RenewalForm form, BindingResult problems, Model model) {
        AgreementView current = current(user, venueId);
        if (problems.hasErrors() || !commands.sent(new EndAgreement(Tenants.of(user), current.agreementId(),
                form.getEndedOn(), form.getReason(), AgreementCommandController.blankAsNull(form.getNote())),
                problems)) {
            return renewalForm(venue(user, venueId), current, model);
        }
        return "redirect:/venues/" + venueId + "/membership?ended";
    }

    @GetMapping("/venues/{venueId}/trainings/new")
    @Allowed.Coordinators
    String training(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId, Model model) {
        TrainingForm form = new TrainingForm();
        form.setTrainedOn(reads.today());
        model.addAttribute("form", form);
        return trainingForm(venue(user, venueId), model);
    }

    @PostMapping("/venues/{venueId}/trainings/new")
    @Allowed.Coordinators
    String recordTraining(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                          @ModelAttribute("form") TrainingForm form, BindingResult problems, Model model) {
        VenueFile file = venue(user, venueId);
        if (problems.hasErrors() || !commands.sent(new RecordTraining(Tenants.of(user), UUID.randomUUID(), venueId,
                form.getKind(), AgreementCommandController.blankAsNull(form.getCourseName()), form.getProvider(),
                form.getTrainedOn(), form.getStaffTrained(), form.getValidMonths()), problems)) {
            return trainingForm(file, model);
        }
        return "redirect:/venues/" + venueId + "/membership?trained";
    }

    private VenueFile venue(ForumUser user, UUID venueId) {
        return register.venue(Tenants.of(user), venueId).orElseThrow(QueryProblems::notFound);
    }

    private AgreementView current(ForumUser user, UUID venueId) {
        venue(user, venueId);
        return reads.current(user, venueId).orElseThrow(QueryProblems::notFound);
    }

    /** The method of the municipality's country's national programme. */
    private ForumMethod defaultMethod() {
        return municipality.country().map(country -> switch (country) {
            case SE -> ForumMethod.KROGAR_MOT_KNARK;
            case DK -> ForumMethod.RESPONSIBLE_SERVING;
            case NO -> ForumMethod.ACTION_PLAN_GROUP;
        }).orElse(ForumMethod.OTHER);
    }

    private static String signForm(VenueFile file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("methods", ForumMethod.values());
        model.addAttribute("commitments", Commitment.values());
        return "agreement/sign-form";
    }

    private static String renewalForm(VenueFile file, AgreementView current, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("agreement", current);
        model.addAttribute("reasons", AgreementEndReason.values());
        return "agreement/renewal-form";
    }

    private static String trainingForm(VenueFile file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("kinds", CourseKind.values());
        return "agreement/training-form";
    }

}
