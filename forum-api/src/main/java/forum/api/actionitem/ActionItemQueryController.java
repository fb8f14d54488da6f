package forum.api.actionitem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import forum.projections.actionitem.ActionItemBoard;
import forum.projections.actionitem.ActionItemBoards;
import forum.projections.actionitem.OwnerLoad;
import forum.projections.forum.Forums;
import forum.projections.paging.PageQuery;
import io.swagger.v3.oas.annotations.Parameter;

@QueryController
@RequestMapping("/api/v1/forums/{forumId}/action-items")
class ActionItemQueryController {

    /** The forums' municipalities share one time zone (CET/CEST): an item is overdue from the next local day. */
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final ActionItemBoards boards;
    private final Forums forums;
    private final Clock clock;

    ActionItemQueryController(ActionItemBoards boards, Forums forums, Clock clock) {
        this.boards = boards;
        this.forums = forums;
        this.clock = clock;
    }

    /** The forum's board as of today: open, overdue and done items, of every owner or of one. */
    @GetMapping
    @Readers.Municipality
    public ActionItemBoard board(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId,
                                 @Parameter(description = "Only the items of this member of the forum")
                                 @RequestParam(required = false) UUID owner) {
        UUID tenantId = existingForum(user, forumId);
        return owner == null ? boards.board(tenantId, forumId, today())
                : boards.boardOfOwner(tenantId, forumId, owner, today());
    }

    /** Each owner's open, overdue and done items, owners with the most overdue first. */
    @GetMapping("/owners")
    @Readers.Municipality
    public Page<OwnerLoad> owners(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageQuery query = Paging.of(page, size);
        UUID tenantId = existingForum(user, forumId);
        return Page.slice(boards.owners(tenantId, forumId, today()), query);
    }

    /** A board of a forum the municipality does not have would be empty, not missing: ask the forums first. */
    private UUID existingForum(ForumUser user, UUID forumId) {
        UUID tenantId = Tenants.of(user);
        if (forums.detail(tenantId, forumId).isEmpty()) {
            throw QueryProblems.notFound();
        }
        return tenantId;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
