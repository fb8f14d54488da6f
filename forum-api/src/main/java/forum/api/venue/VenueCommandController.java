package forum.api.venue;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.core.venue.CloseVenue;
import forum.core.venue.IssueLicenceRecommendation;
import forum.core.venue.RecordLicensingDecision;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.ResolveVenueIssue;
import forum.core.venue.RevokeLicenceRecommendation;
import forum.core.venue.UpdateVenueDetails;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/venues")
class VenueCommandController {

    private final CommandGateway commands;

    VenueCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Allowed.CaseWorkers
    public ResponseEntity<Map<String, UUID>> register(@AuthenticationPrincipal ForumUser user,
                                                      @Valid @RequestBody RegisterVenueRequest request) {
        UUID venueId = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenue(Tenants.of(user), venueId, request.name(), request.address(),
                request.licenceNumber(), request.licenceHolder(), request.licenceKind(), request.servingHours(),
                request.licenceValidFrom(), request.licenceValidTo()));
        return created("/api/v1/venues/" + venueId, venueId);
    }

    /** The venue's details as they are now; what differs becomes one change on the case's timeline. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PutMapping("/{venueId}/details")
    @Allowed.CaseWorkers
    public ResponseEntity<Void> updateDetails(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                                              @Valid @RequestBody UpdateVenueDetailsRequest request) {
        commands.sendAndWait(new UpdateVenueDetails(Tenants.of(user), venueId, request.name(), request.address(),
                request.licenceHolder(), request.licenceKind(), request.servingHours(), request.licenceValidFrom(),
                request.licenceValidTo()));
        return ResponseEntity.noContent().build();
    }

    /** The venue closed: it stays in the register and its history, marked closed, and takes no new issues. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{venueId}/closure")
    @Allowed.CaseWorkers
    public ResponseEntity<Void> close(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                                      @Valid @RequestBody CloseVenueRequest request) {
        commands.sendAndWait(new CloseVenue(Tenants.of(user), venueId, request.closedOn(), request.reason()));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{venueId}/issues")
    @Allowed.IssueReporters
    public ResponseEntity<Map<String, UUID>> registerIssue(@AuthenticationPrincipal ForumUser user,
                                                           @PathVariable UUID venueId,
                                                           @Valid @RequestBody RegisterVenueIssueRequest request) {
        UUID issueId = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenueIssue(Tenants.of(user), venueId, issueId, request.category(),
                request.observedAt(), request.source(), request.description(), request.severity()));
        return created("/api/v1/venues/" + venueId + "/issues/" + issueId, issueId);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{venueId}/issues/{issueId}/resolution")
    @Allowed.CaseWorkers
    public ResponseEntity<Void> resolveIssue(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                                             @PathVariable UUID issueId,
                                             @Valid @RequestBody ResolveVenueIssueRequest request) {
        commands.sendAndWait(new ResolveVenueIssue(Tenants.of(user), venueId, issueId, request.resolution()));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{venueId}/recommendations")
    @Allowed.CaseWorkers
    public ResponseEntity<Map<String, UUID>> issueRecommendation(@AuthenticationPrincipal ForumUser user,
                                                                 @PathVariable UUID venueId,
                                                                 @Valid @RequestBody IssueRecommendationRequest request) {
        UUID recommendationId = UUID.randomUUID();
        commands.sendAndWait(new IssueLicenceRecommendation(Tenants.of(user), venueId, recommendationId,
                request.kind(), request.rationale(), request.issueIds(), request.meetingId()));
        return created("/api/v1/venues/" + venueId + "/recommendations/" + recommendationId, recommendationId);
    }

    /** The forum withdraws its recommendation; it stays in the case history. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{venueId}/recommendations/{recommendationId}/revocation")
    @Allowed.CaseWorkers
    public ResponseEntity<Void> revokeRecommendation(@AuthenticationPrincipal ForumUser user,
                                                     @PathVariable UUID venueId, @PathVariable UUID recommendationId,
                                                     @Valid @RequestBody RevokeRecommendationRequest request) {
        commands.sendAndWait(new RevokeLicenceRecommendation(Tenants.of(user), venueId, recommendationId,
                request.reason()));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{venueId}/licensing-decisions")
    @Allowed.CaseWorkers
    public ResponseEntity<Map<String, UUID>> recordLicensingDecision(
            @AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
            @Valid @RequestBody RecordLicensingDecisionRequest request) {
        UUID decisionId = UUID.randomUUID();
        commands.sendAndWait(new RecordLicensingDecision(Tenants.of(user), venueId, decisionId,
                request.recommendationId(), request.outcome(), request.from(), request.to(),
                request.authorityReference(), request.breachType(), request.breachCommittedOn()));
        return created("/api/v1/venues/" + venueId + "/licensing-decisions/" + decisionId, decisionId);
    }

    private static ResponseEntity<Map<String, UUID>> created(String location, UUID id) {
        return ResponseEntity.created(URI.create(location)).body(Map.of("id", id));
    }
}
