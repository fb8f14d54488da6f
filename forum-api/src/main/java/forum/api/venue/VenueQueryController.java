package forum.api.venue;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.audit.reads.RecordedRead;
import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.query.Page;
import forum.api.query.Paging;
import forum.api.query.QueryController;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.core.venue.IssueCategory;
import forum.projections.paging.PageQuery;
import forum.projections.venue.IssueFilter;
import forum.projections.venue.VenueFile;
import forum.projections.venue.VenueIssue;
import forum.projections.venue.VenueRegister;
import forum.projections.venue.VenueStatusFilter;
import forum.projections.venue.VenueSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

@QueryController
@RequestMapping("/api/v1")
class VenueQueryController {

    private static final String FREE_TEXT = " Free text (descriptions, resolutions, rationales, reasons) is null for "
            + "a forum member; coordinators, licensing officers and auditors read it.";

    private final VenueRegister register;

    VenueQueryController(VenueRegister register) {
        this.register = register;
    }

    @Operation(summary = "The venue register, sorted by name",
            description = "Each venue with its open issues, last issue, current recommendation and latest decision.")
    @GetMapping("/venues")
    @Readers.Municipality
    public Page<VenueSummary> venues(
            @AuthenticationPrincipal ForumUser user,
            @Parameter(schema = @Schema(allowableValues = {"all", "with-open-issues", "with-active-recommendation"},
                    defaultValue = "all"))
            @RequestParam(defaultValue = "all") String status,
            @Parameter(description = "Only venues whose name, address or licence number contains this text")
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        VenueStatusFilter filter = VenueStatus.of(status).orElseThrow(() -> QueryProblems.invalid("status",
                "must be all, with-open-issues or with-active-recommendation"));
        if (q != null && q.length() > VenueStatus.MAX_SEARCH) {
            throw QueryProblems.invalid("q", "must be at most " + VenueStatus.MAX_SEARCH + " characters");
        }
        return Page.of(register.venues(Tenants.of(user), filter, q, Paging.of(page, size)));
    }

    @Operation(summary = "A venue's file: its register line, licence, recommendations and decisions",
            description = "Revoked recommendations stay in the file." + FREE_TEXT)
    @GetMapping("/venues/{venueId}")
    @RecordedRead
    @Readers.Municipality
    public VenueFile venue(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId) {
        VenueFile file = register.venue(Tenants.of(user), venueId).orElseThrow(QueryProblems::notFound);
        return CaseFreeText.asReadBy(user, file);
    }

    @Operation(summary = "Issues of the municipality's venues, most recently observed first",
            description = "Optionally of one venue, one category, observed in [from, to), unresolved only."
                    + FREE_TEXT)
    @GetMapping("/venue-issues")
    @Readers.Municipality
    public Page<VenueIssue> issues(
            @AuthenticationPrincipal ForumUser user,
            @RequestParam(required = false) UUID venueId,
            @RequestParam(required = false) IssueCategory category,
            @Parameter(description = "Issues observed at or after this instant, e.g. 2026-10-01T00:00:00Z")
            @RequestParam(required = false) Instant from,
            @Parameter(description = "Issues observed before this instant")
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "false") boolean openOnly,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw QueryProblems.invalid("to", "must be after from");
        }
        PageQuery query = Paging.of(page, size);
        Page<VenueIssue> issues = Page.of(register.issues(Tenants.of(user),
                new IssueFilter(venueId, category, from, to, openOnly), query));
        return Readers.readsCaseFreeText(user) ? issues : new Page<>(
                issues.items().stream().map(CaseFreeText::withoutFreeText).toList(),
                issues.page(), issues.size(), issues.totalItems(), issues.totalPages());
    }
}
