package forum.api.queries;

import static forum.api.queries.Reads.eventually;
import static forum.api.queries.Reads.forbidden;
import static forum.api.queries.Reads.invalid;
import static forum.api.queries.Reads.items;
import static forum.api.queries.Reads.notFound;
import static forum.api.queries.Reads.ok;
import static forum.api.queries.Reads.page;
import static forum.api.queries.Reads.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionItemQueryIT {

    /** The controller's "today": the application clock's date in Scandinavian time. */
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    TestMunicipality home;
    TestRestTemplate coordinator;
    UUID forum;
    UUID pelle;
    UUID siri;
    UUID dueToday;
    UUID overdue;
    UUID done;
    UUID siris;

    @BeforeAll
    void aBoard() {
        home = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
        forum = Cases.forum(coordinator, "Nattelivsforum");
        pelle = Cases.member(coordinator, forum, "Pelle Polis", "POLICE");
        siri = Cases.member(coordinator, forum, "Siri SSP", "SSP");
        UUID meeting = Cases.meetingInDays(coordinator, forum, 1, "Rådhuset");
        dueToday = Cases.actionItem(coordinator, meeting, pelle, "Ring krögaren", TODAY);
        overdue = Cases.actionItem(coordinator, meeting, pelle, "Skicka protokollet", TODAY.minusDays(1));
        done = Cases.actionItem(coordinator, meeting, pelle, "Boka lokal", TODAY.minusDays(3));
        siris = Cases.actionItem(coordinator, meeting, siri, "Prata med skolan", TODAY.plusDays(10));
        Cases.complete(coordinator, meeting, done);
    }

    String board() {
        return "/api/v1/forums/" + forum + "/action-items";
    }

    @Test
    void theBoardSplitsOpenOverdueAndDoneAsOfTodayInStockholm() {
        JsonNode board = eventually(coordinator, board(), b -> b.get("done").size() == 1);

        assertThat(board.get("today").asText()).isEqualTo(TODAY.toString());
        assertThat(texts(board.get("open"), "actionItemId")).containsExactly(dueToday.toString(), siris.toString());
        assertThat(texts(board.get("overdue"), "actionItemId")).containsExactly(overdue.toString());
        assertThat(texts(board.get("done"), "actionItemId")).containsExactly(done.toString());
        assertThat(texts(board.get("overdue"), "ownerName")).containsExactly("Pelle Polis");
    }

    @Test
    void oneOwnersBoard() {
        JsonNode board = eventually(coordinator, board() + "?owner=" + siri, b -> b.get("open").size() == 1);
        assertThat(texts(board.get("open"), "actionItemId")).containsExactly(siris.toString());
        assertThat(board.get("overdue").size() + board.get("done").size()).isZero();
    }

    @Test
    void theOwnersWithTheMostOverdueComeFirst() {
        JsonNode owners = eventually(coordinator, board() + "/owners",
                page -> page.get("totalItems").asInt() == 2 && page.toString().contains("\"done\":1"));
        page(owners, 0, 50, 2, 1);
        assertThat(items(owners, "ownerName")).containsExactly("Pelle Polis", "Siri SSP");
        JsonNode pelles = owners.get("items").get(0);
        assertThat(pelles.get("open").asInt()).isEqualTo(1);
        assertThat(pelles.get("overdue").asInt()).isEqualTo(1);
        assertThat(pelles.get("done").asInt()).isEqualTo(1);
        assertThat(items(ok(coordinator, board() + "/owners?size=1&page=1"), "ownerName")).containsExactly("Siri SSP");
    }

    @Test
    void anotherMunicipalitysForumHasNoBoardHere() {
        eventually(coordinator, board(), b -> b.get("open").size() > 0);
        TestRestTemplate stranger = TestMunicipality.signUp(http, accounts).as(http, Role.COORDINATOR);

        notFound(stranger, board());
        notFound(stranger, board() + "/owners");
        notFound(stranger, "/api/v1/forums/" + UUID.randomUUID() + "/action-items");
    }

    @Test
    void membersAndAuditorsReadTheBoardOutsidersDoNot() {
        eventually(home.as(http, Role.FORUM_MEMBER), board(), b -> b.get("open").size() > 0);
        eventually(home.as(http, Role.AUDITOR), board() + "/owners", page -> page.get("totalItems").asInt() > 0);
        forbidden(Cases.operator(http, accounts), board());
        forbidden(home.as(http, Role.NETWORK_COORDINATOR), board() + "/owners");
    }

    @Test
    void aMalformedOwnerIsABadRequest() {
        invalid(coordinator, board() + "?owner=pelle", "owner");
        invalid(coordinator, board() + "/owners?size=0", "size");
    }
}
