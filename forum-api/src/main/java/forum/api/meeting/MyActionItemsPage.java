package forum.api.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.projections.actionitem.ActionItem;
import forum.projections.actionitem.ActionItemBoard;
import forum.projections.actionitem.ActionItemBoards;
import forum.projections.forum.ForumSummary;

/** The person's own open action items in every forum that lists them, overdue first; each completed with a button. */
@PageController
class MyActionItemsPage {

    static final String PATH = "/my-action-items";

    /** One open item of the person's, with its forum's name. */
    public record OwnItem(String forumName, ActionItem item, boolean overdue) {
    }

    private final MeetingReaders readers;
    private final ActionItemBoards boards;

    MyActionItemsPage(MeetingReaders readers, ActionItemBoards boards) {
        this.readers = readers;
        this.boards = boards;
    }

    @Bean
    static NavigationEntry myActionItemsNavigation() {
        return new NavigationEntry(25, PATH, "meeting.nav.mine", Set.of(Role.COORDINATOR, Role.FORUM_MEMBER));
    }

    @GetMapping(PATH)
    @Readers.Municipality
    String mine(@AuthenticationPrincipal ForumUser user, Model model) {
        UUID tenantId = Tenants.of(user);
        LocalDate today = readers.today();
        Map<UUID, UUID> memberships = readers.memberships(user);
        List<OwnItem> items = new ArrayList<>();
        for (ForumSummary forum : readers.forumsOf(user)) {
            UUID memberId = memberships.get(forum.forumId());
            if (memberId == null) {
                continue;
            }
            ActionItemBoard board = boards.boardOfOwner(tenantId, forum.forumId(), memberId, today);
            board.overdue().forEach(item -> items.add(new OwnItem(forum.name(), item, true)));
            board.open().forEach(item -> items.add(new OwnItem(forum.name(), item, false)));
        }
        items.sort(Comparator.comparing((OwnItem own) -> !own.overdue()).thenComparing(own -> own.item().due()));
        model.addAttribute("items", items);
        model.addAttribute("member", !memberships.isEmpty());
        model.addAttribute("mayComplete", user.has(Role.COORDINATOR) || user.has(Role.FORUM_MEMBER));
        return "meeting/my-action-items";
    }
}
