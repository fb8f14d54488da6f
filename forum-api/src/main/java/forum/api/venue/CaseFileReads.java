package forum.api.venue;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.projections.paging.PageQuery;
import forum.projections.venue.IssueFilter;
import forum.projections.venue.VenueFile;
import forum.projections.venue.VenueIssue;
import forum.projections.venue.VenueRegister;

/**
 * A venue's case file as the pages read it: from the register the JSON API reads, with the free text only for those
 * who may read it. Another municipality's venue reads as no venue (row-level security): the 404 page.
 */
@Component
class CaseFileReads {

    private final VenueRegister register;

    CaseFileReads(VenueRegister register) {
        this.register = register;
    }

    VenueFile file(ForumUser user, UUID venueId) {
        return register.venue(Tenants.of(user), venueId).map(file -> CaseFreeText.asReadBy(user, file))
                .orElseThrow(QueryProblems::notFound);
    }

    /** The venue's issues, most recently observed first; a case holds far fewer than a page's maximum. */
    List<VenueIssue> issues(ForumUser user, UUID venueId) {
        return register.issues(Tenants.of(user), IssueFilter.venue(venueId), PageQuery.first(PageQuery.MAX_SIZE))
                .items().stream().map(issue -> CaseFreeText.asReadBy(user, issue)).toList();
    }

    VenueIssue issue(ForumUser user, UUID venueId, UUID issueId) {
        return issues(user, venueId).stream().filter(issue -> issue.issueId().equals(issueId)).findFirst()
                .orElseThrow(QueryProblems::notFound);
    }
}
