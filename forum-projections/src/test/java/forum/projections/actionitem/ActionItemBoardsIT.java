package forum.projections.actionitem;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMemberAdded;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.meeting.ActionItemAssigned;
import forum.core.meeting.ActionItemCompleted;
import forum.core.meeting.MeetingScheduled;
import forum.projections.support.Feed;
import forum.projections.support.ProjectionsIntegrationTest;
import forum.projections.support.Streams;
import forum.projections.contract.DomainEventRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ProjectionsIntegrationTest
class ActionItemBoardsIT {

    @Autowired
    Feed feed;

    @Autowired
    ActionItemBoards boards;

    @Autowired
    ObjectMapper json;

    final UUID tenant = UUID.randomUUID();
    final UUID forum = UUID.randomUUID();
    final UUID otherForum = UUID.randomUUID();
    final UUID police = UUID.randomUUID();
    final UUID licensing = UUID.randomUUID();
    final UUID september = UUID.randomUUID();
    final UUID october = UUID.randomUUID();
    final UUID elsewhere = UUID.randomUUID();
    final UUID overdue = UUID.randomUUID();
    final UUID dueToday = UUID.randomUUID();
    final UUID later = UUID.randomUUID();
    final UUID done = UUID.randomUUID();
    final UUID otherForumItem = UUID.randomUUID();
    final LocalDate today = LocalDate.parse("2026-11-15");
    final Instant t0 = Instant.parse("2026-08-01T08:00:00Z");
    Streams streams;

    @BeforeEach
    void boardWithItemsInEveryColumn() {
        streams = new Streams(json);
        feed.apply(List.of(
                streams.next(tenant, forum, t0, new ForumEstablished(tenant, forum, "Samverkan", ForumMethod.OTHER, 4)),
                streams.next(tenant, forum, t0, new ForumMemberAdded(tenant, forum, police, "Petra Polis", null,
                        "Polisen", MemberRole.POLICE)),
                streams.next(tenant, forum, t0, new ForumMemberAdded(tenant, forum, licensing, "Lars Tillstånd", null,
                        "Tillståndsenheten", MemberRole.LICENSING)),
                streams.next(tenant, otherForum, t0, new ForumEstablished(tenant, otherForum, "Annat", ForumMethod.OTHER, 2)),
                schedule(september, forum, "2026-09-10T10:00:00Z"),
                schedule(october, forum, "2026-10-10T10:00:00Z"),
                schedule(elsewhere, otherForum, "2026-10-12T10:00:00Z"),
                assign(september, overdue, police, "Kontrollera legitimation", "2026-11-01"),
                assign(september, done, licensing, "Skicka erinran", "2026-09-30"),
                assign(october, dueToday, licensing, "Ring krögaren", "2026-11-15"),
                assign(october, later, police, "Planera helgen", "2026-12-01"),
                assign(elsewhere, otherForumItem, police, "Annat forum", "2026-10-01"),
                streams.next(tenant, september, Instant.parse("2026-09-20T10:00:00Z"),
                        new ActionItemCompleted(tenant, september, done))));
    }

    private DomainEventRecord schedule(UUID meeting, UUID forumId, String startsAt) {
        return streams.next(tenant, meeting, t0, new MeetingScheduled(tenant, meeting, forumId, Instant.parse(startsAt),
                Duration.ofHours(2), "Rådhuset", List.of("Punkt")));
    }

    private DomainEventRecord assign(UUID meeting, UUID item, UUID owner, String what, String due) {
        return streams.next(tenant, meeting, t0.plusSeconds(60),
                new ActionItemAssigned(tenant, meeting, item, owner, what, LocalDate.parse(due)));
    }

    @Test
    void sortsTheForumsItemsIntoOpenOverdueAndDone() {
        ActionItemBoard board = boards.board(tenant, forum, today);

        assertThat(board.open()).extracting(ActionItem::actionItemId).containsExactly(dueToday, later);
        assertThat(board.overdue()).extracting(ActionItem::actionItemId).containsExactly(overdue);
        assertThat(board.done()).extracting(ActionItem::actionItemId).containsExactly(done);
        assertThat(board.overdue().get(0).ownerName()).isEqualTo("Petra Polis");
        assertThat(board.overdue().get(0).meetingStartsAt()).isEqualTo(Instant.parse("2026-09-10T10:00:00Z"));
        assertThat(board.done().get(0).completedAt()).isEqualTo(Instant.parse("2026-09-20T10:00:00Z"));
    }

    @Test
    void whatIsOverdueDependsOnTheDayAsked() {
        assertThat(boards.board(tenant, forum, today.plusDays(1)).overdue())
                .extracting(ActionItem::actionItemId).containsExactly(overdue, dueToday);
        assertThat(boards.board(tenant, forum, LocalDate.parse("2026-10-01")).overdue()).isEmpty();
    }

    @Test
    void showsOneOwnersItems() {
        ActionItemBoard board = boards.boardOfOwner(tenant, forum, police, today);

        assertThat(board.open()).extracting(ActionItem::actionItemId).containsExactly(later);
        assertThat(board.overdue()).extracting(ActionItem::actionItemId).containsExactly(overdue);
        assertThat(board.done()).isEmpty();
    }

    @Test
    void countsEachOwnersItemsWithTheMostOverdueFirst() {
        assertThat(boards.owners(tenant, forum, today)).containsExactly(
                new OwnerLoad(police, "Petra Polis", 1, 1, 0),
                new OwnerLoad(licensing, "Lars Tillstånd", 1, 0, 1));
    }

    @Test
    void completingAnOverdueItemMovesItToDone() {
        feed.apply(streams.next(tenant, september, Instant.parse("2026-11-14T10:00:00Z"),
                new ActionItemCompleted(tenant, september, overdue)));

        ActionItemBoard board = boards.board(tenant, forum, today);
        assertThat(board.overdue()).isEmpty();
        assertThat(board.done()).extracting(ActionItem::actionItemId).containsExactly(overdue, done);
    }

    @Test
    void anotherTenantsBoardIsEmpty() {
        ActionItemBoard board = boards.board(UUID.randomUUID(), forum, today);
        assertThat(board.open()).isEmpty();
        assertThat(board.overdue()).isEmpty();
        assertThat(board.done()).isEmpty();
    }
}
