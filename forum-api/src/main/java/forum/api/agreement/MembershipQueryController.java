package forum.api.agreement;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Readers;
import forum.api.query.QueryController;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.projections.agreement.RenewalDue;
import io.swagger.v3.oas.annotations.Operation;

@QueryController
@RequestMapping("/api/v1")
class MembershipQueryController {

    static final int MAX_DAYS = 366;

    private final MembershipReads reads;

    MembershipQueryController(MembershipReads reads) {
        this.reads = reads;
    }

    @Operation(summary = "A venue's status in the method, with each condition met or not, its agreements and courses",
            description = "Lapsed is read from the dates. Signatories, commitments in the venue's own words and an "
                    + "ending's note are null for a forum member.")
    @GetMapping("/venues/{venueId}/membership")
    @Readers.Municipality
    public Membership membership(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId) {
        return reads.of(user, venueId).orElseThrow(QueryProblems::notFound);
    }

    @Operation(summary = "Agreements in force whose renewal falls due within the days given, the soonest first")
    @GetMapping("/agreement-renewals")
    @Readers.Municipality
    public List<RenewalDue> renewalsDue(@AuthenticationPrincipal ForumUser user,
                                        @RequestParam(defaultValue = "30") int withinDays) {
        if (withinDays < 0 || withinDays > MAX_DAYS) {
            throw QueryProblems.invalid("withinDays", "must be between 0 and " + MAX_DAYS);
        }
        return reads.renewalsDueWithin(user, withinDays);
    }
}
