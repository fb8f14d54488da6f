package forum.api.sanction;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Allowed;
import forum.api.query.QueryController;
import forum.api.security.ForumUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

@QueryController
@RequestMapping("/api/v1")
class SanctionController {

    private final SanctionViews views;

    SanctionController(SanctionViews views) {
        this.views = views;
    }

    @Operation(summary = "The country's sanction rules weighed for a venue, beside its recommendations and decisions",
            description = "Norway: the venue's penalty points today (two years back from each breach), each breach"
                    + " with the day it falls out, and what one new breach of each type would bring. Sweden: the"
                    + " sanctions of alkohollagen 9 kap. 17-18 §§ with their legal ground and the venue's earlier"
                    + " sanctions. Denmark: the municipality's earlier decisions on issues of the same categories.")
    @GetMapping("/venues/{venueId}/sanction-rules")
    @Allowed.CaseWorkers
    public SanctionView sanctionRules(
            @AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
            @Parameter(description = "The recommendation being weighed: Denmark's practice then follows the categories"
                    + " of its issues and leaves out its own decision")
            @RequestParam(required = false) UUID recommendationId) {
        return views.of(user, venueId, recommendationId);
    }
}
