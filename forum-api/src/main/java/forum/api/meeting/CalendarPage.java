package forum.api.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.projections.forum.ForumSummary;
import forum.projections.meeting.MeetingCalendar;
import forum.projections.meeting.MeetingFilter;
import forum.projections.meeting.MeetingSummary;
import forum.projections.paging.PageQuery;
import forum.projections.paging.ResultPage;

/**
 * The calendar: upcoming meetings soonest first, or past ones latest first, of every forum or of one. A forum member
 * sees the meetings of their own forums, one forum at a time.
 */
@PageController
class CalendarPage {

    static final int PAGE_SIZE = 25;

    private final MeetingCalendar calendar;
    private final MeetingReaders readers;
    private final Clock clock;

    CalendarPage(MeetingCalendar calendar, MeetingReaders readers, Clock clock) {
        this.calendar = calendar;
        this.readers = readers;
        this.clock = clock;
    }

    @Bean
    static NavigationEntry meetingsNavigation() {
        return new NavigationEntry(20, "/meetings", "meeting.nav.calendar",
                Set.of(Role.COORDINATOR, Role.LICENSING_OFFICER, Role.FORUM_MEMBER, Role.AUDITOR));
    }

    @GetMapping("/meetings")
    @Readers.Municipality
    String calendar(@AuthenticationPrincipal ForumUser user, @RequestParam(defaultValue = "upcoming") String scope,
                    @RequestParam(required = false) UUID forumId, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        boolean past = switch (scope) {
            case "upcoming" -> false;
            case "past" -> true;
            default -> throw QueryProblems.invalid("scope", "must be upcoming or past");
        };
        if (page < 0) {
            throw QueryProblems.invalid("page", "must be 0 or more");
        }
        List<ForumSummary> forums = readers.forumsOf(user);
        boolean everyForum = MeetingReaders.readsEveryForum(user);
        UUID shown = forumId != null || everyForum || forums.isEmpty() ? forumId : forums.get(0).forumId();
        if (shown != null && forums.stream().noneMatch(forum -> forum.forumId().equals(shown))) {
            throw QueryProblems.notFound();
        }
        PageQuery query = new PageQuery(page, PAGE_SIZE);
        MeetingFilter filter = MeetingFilter.forum(shown);
        ResultPage<MeetingSummary> meetings = forums.isEmpty() ? new ResultPage<>(List.of(), page, PAGE_SIZE, 0)
                : past ? calendar.past(Tenants.of(user), clock.instant(), filter, query)
                : calendar.upcoming(Tenants.of(user), clock.instant(), filter, query);
        model.addAttribute("scope", scope);
        model.addAttribute("forums", forums);
        model.addAttribute("everyForum", everyForum);
        model.addAttribute("forumId", shown);
        model.addAttribute("meetings", meetings);
        model.addAttribute("maySchedule", user.has(Role.COORDINATOR) && !forums.isEmpty());
        return "meeting/calendar";
    }
}
