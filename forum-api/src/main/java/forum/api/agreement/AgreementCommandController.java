package forum.api.agreement;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.core.agreement.EndAgreement;
import forum.core.agreement.RenewAgreement;
import forum.core.agreement.SignAgreement;
import forum.core.training.RecordTraining;
import jakarta.validation.Valid;

/**
 * A venue's agreements and its staff's courses. Renewal and ending apply to the venue's current agreement (the
 * latest not ended), so a client names the venue only.
 */
@RestController
@RequestMapping("/api/v1/venues/{venueId}")
class AgreementCommandController {

    private final CommandGateway commands;
    private final MembershipReads reads;

    AgreementCommandController(CommandGateway commands, MembershipReads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/agreements")
    @Allowed.Coordinators
    public ResponseEntity<Map<String, UUID>> sign(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                                                  @Valid @RequestBody SignAgreementRequest request) {
        UUID agreementId = UUID.randomUUID();
        commands.sendAndWait(new SignAgreement(Tenants.of(user), agreementId, venueId, request.method(),
                request.signedOn(), request.signedForVenue(), request.signedForMunicipality(), request.commitments(),
                blankAsNull(request.otherCommitments()), request.staffCount()));
        return ResponseEntity.created(URI.create("/api/v1/venues/" + venueId + "/agreements/" + agreementId))
                .body(Map.of("id", agreementId));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/agreement/renewal")
    @Allowed.Coordinators
    public ResponseEntity<Void> renew(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                                      @Valid @RequestBody RenewAgreementRequest request) {
        UUID agreementId = current(user, venueId);
        commands.sendAndWait(new RenewAgreement(Tenants.of(user), agreementId, request.renewedOn(),
                request.staffCount()));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/agreement/ending")
    @Allowed.Coordinators
    public ResponseEntity<Void> end(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                                    @Valid @RequestBody EndAgreementRequest request) {
        UUID agreementId = current(user, venueId);
        commands.sendAndWait(new EndAgreement(Tenants.of(user), agreementId, request.endedOn(), request.reason(),
                blankAsNull(request.note())));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/trainings")
    @Allowed.Coordinators
    public ResponseEntity<Map<String, UUID>> recordTraining(@AuthenticationPrincipal ForumUser user,
                                                            @PathVariable UUID venueId,
                                                            @Valid @RequestBody RecordTrainingRequest request) {
        UUID trainingId = UUID.randomUUID();
        commands.sendAndWait(new RecordTraining(Tenants.of(user), trainingId, venueId, request.kind(),
                blankAsNull(request.courseName()), request.provider(), request.trainedOn(), request.staffTrained(),
                request.validMonths()));
        return ResponseEntity.created(URI.create("/api/v1/venues/" + venueId + "/trainings/" + trainingId))
                .body(Map.of("id", trainingId));
    }

    private UUID current(ForumUser user, UUID venueId) {
        return reads.current(user, venueId).orElseThrow(QueryProblems::notFound).agreementId();
    }

    static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
