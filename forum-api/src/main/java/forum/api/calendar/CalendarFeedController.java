package forum.api.calendar;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.projections.forum.Forums;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The addresses of subscribed calendars: the person's own, and each forum's (its coordinator's to make). The
 * address holds a secret token and is answered only when made or renewed; renewing ends the old address at once.
 * GET says whether there is one, and since when.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarFeedController {

    /** A feed's standing: the forum's (null for the person's own), {@code createdAt} null when there is none. */
    public record FeedStanding(@Schema(description = "The forum of a forum's feed; null for the person's own")
                               UUID forumId,
                               @Schema(description = "The forum's name; null for the person's own feed")
                               String forumName,
                               @Schema(description = "When the current address was made; null when there is none")
                               Instant createdAt) {
    }

    /** A new address: subscribe to {@code url} (no sign-in; keep it secret). */
    public record FeedAddress(String url, Instant createdAt) {
    }

    private final CalendarFeeds feeds;
    private final Forums forums;

    CalendarFeedController(CalendarFeeds feeds, Forums forums) {
        this.feeds = feeds;
        this.forums = forums;
    }

    @GetMapping("/feed")
    @Allowed.IssueReporters
    public FeedStanding own(@AuthenticationPrincipal ForumUser user) {
        return new FeedStanding(null, null, feeds.ofPerson(Tenants.of(user), user.userId()).orElse(null));
    }

    /** Makes the person's feed address, or a new one in place of the old; its words in the request's language. */
    @PostMapping("/feed")
    @Allowed.IssueReporters
    public ResponseEntity<FeedAddress> renewOwn(@AuthenticationPrincipal ForumUser user, Locale locale) {
        return address(feeds.renewOfPerson(Tenants.of(user), user.userId(), CalendarFeedsPage.language(locale)));
    }

    @GetMapping("/forums/{forumId}/feed")
    @Allowed.Coordinators
    public FeedStanding ofForum(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId) {
        UUID tenantId = Tenants.of(user);
        String name = forums.detail(tenantId, forumId).orElseThrow(QueryProblems::notFound).name();
        return new FeedStanding(forumId, name, feeds.ofForums(tenantId).get(forumId));
    }

    @PostMapping("/forums/{forumId}/feed")
    @Allowed.Coordinators
    public ResponseEntity<FeedAddress> renewOfForum(@AuthenticationPrincipal ForumUser user,
                                                    @PathVariable UUID forumId, Locale locale) {
        UUID tenantId = Tenants.of(user);
        forums.detail(tenantId, forumId).orElseThrow(QueryProblems::notFound);
        return address(feeds.renewOfForum(tenantId, forumId, CalendarFeedsPage.language(locale), user.userId()));
    }

    private static ResponseEntity<FeedAddress> address(CalendarFeeds.Issued issued) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new FeedAddress(CalendarDownloads.feedAddress(issued.token()), issued.createdAt()));
    }
}
