package forum.api.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.Language;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.projections.forum.ForumSummary;
import forum.projections.forum.Forums;

/**
 * "Calendar": the person's feed (the meetings of their forums) and, for the coordinator, each forum's feed; each
 * address is shown once, when it is made or renewed, and renewing ends the old one. Not the auditor's: their
 * pages send nothing.
 */
@PageController
class CalendarFeedsPage {

    static final String PATH = "/calendar";

    /** One forum's line: its feed's age, null without one. */
    public record ForumFeed(ForumSummary forum, Instant createdAt) {
    }

    private final CalendarFeeds feeds;
    private final Forums forums;

    CalendarFeedsPage(CalendarFeeds feeds, Forums forums) {
        this.feeds = feeds;
        this.forums = forums;
    }

    @Bean
    static NavigationEntry calendarNavigation() {
        return new NavigationEntry(27, PATH, "calendar.nav",
                Set.of(Role.COORDINATOR, Role.LICENSING_OFFICER, Role.FORUM_MEMBER));
    }

    @GetMapping(PATH)
    @Allowed.IssueReporters
    String calendar(@AuthenticationPrincipal ForumUser user, Model model) {
        UUID tenantId = Tenants.of(user);
        model.addAttribute("ownSince", feeds.ofPerson(tenantId, user.userId()).orElse(null));
        boolean coordinator = user.has(Role.COORDINATOR);
        model.addAttribute("coordinator", coordinator);
        if (coordinator) {
            Map<UUID, Instant> forumFeeds = feeds.ofForums(tenantId);
            List<ForumFeed> lines = forums.list(tenantId).stream()
                    .map(forum -> new ForumFeed(forum, forumFeeds.get(forum.forumId()))).toList();
            model.addAttribute("forumFeeds", lines);
        }
        return "calendar/calendar";
    }

    @PostMapping(PATH + "/feed")
    @Allowed.IssueReporters
    String renewOwn(@AuthenticationPrincipal ForumUser user, Locale locale, RedirectAttributes redirect) {
        CalendarFeeds.Issued issued = feeds.renewOfPerson(Tenants.of(user), user.userId(), language(locale));
        redirect.addFlashAttribute("issuedLink", CalendarDownloads.feedAddress(issued.token()));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/forums/{forumId}/feed")
    @Allowed.Coordinators
    String renewOfForum(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId, Locale locale,
                        RedirectAttributes redirect) {
        UUID tenantId = Tenants.of(user);
        String forumName = forums.detail(tenantId, forumId).orElseThrow(QueryProblems::notFound).name();
        CalendarFeeds.Issued issued = feeds.renewOfForum(tenantId, forumId, language(locale), user.userId());
        redirect.addFlashAttribute("issuedLink", CalendarDownloads.feedAddress(issued.token()));
        redirect.addFlashAttribute("issuedFor", forumName);
        return "redirect:" + PATH;
    }

    static Language language(Locale locale) {
        return Language.of(locale).orElse(Language.ENGLISH);
    }
}
