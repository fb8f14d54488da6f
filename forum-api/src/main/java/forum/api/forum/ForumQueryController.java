package forum.api.forum;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.query.Page;
import forum.api.query.Paging;
import forum.api.query.QueryController;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.projections.forum.ForumDetail;
import forum.projections.forum.ForumSummary;
import forum.projections.forum.Forums;

@QueryController
@RequestMapping("/api/v1/forums")
class ForumQueryController {

    private final Forums forums;

    ForumQueryController(Forums forums) {
        this.forums = forums;
    }

    /** The municipality's forums, sorted by name. */
    @GetMapping
    @Readers.Municipality
    public Page<ForumSummary> forums(@AuthenticationPrincipal ForumUser user,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return Page.slice(forums.list(Tenants.of(user)), Paging.of(page, size));
    }

    /** A forum with its current members and coordinator. */
    @GetMapping("/{forumId}")
    @Readers.Municipality
    public ForumDetail forum(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId) {
        return forums.detail(Tenants.of(user), forumId).orElseThrow(QueryProblems::notFound);
    }
}
