package forum.api.queries;

import static forum.api.queries.Reads.eventually;
import static forum.api.queries.Reads.forbidden;
import static forum.api.queries.Reads.get;
import static forum.api.queries.Reads.invalid;
import static forum.api.queries.Reads.items;
import static forum.api.queries.Reads.notFound;
import static forum.api.queries.Reads.ok;
import static forum.api.queries.Reads.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumQueryIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    TestMunicipality home;
    TestMunicipality other;
    TestRestTemplate coordinator;
    UUID beta;
    UUID kari;

    @BeforeAll
    void threeForums() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
        beta = Cases.forum(coordinator, "Beta");
        Cases.forum(coordinator, "alfa");
        Cases.forum(coordinator, "Gamma");
        kari = Cases.member(coordinator, beta, "Kari Krog", "POLICE");
        UUID leaving = Cases.member(coordinator, beta, "Lars Lämnar", "SSP");
        Cases.member(coordinator, beta, "Anna Apotek", "HEALTH");
        Api.noContent(Api.post(coordinator, "/api/v1/forums/" + beta + "/coordinator", Map.of("memberId", kari)));
        Api.noContent(Api.delete(coordinator, "/api/v1/forums/" + beta + "/members/" + leaving));
    }

    @Test
    void listsTheMunicipalitysForumsByNameInPages() {
        JsonNode first = eventually(coordinator, "/api/v1/forums?size=2",
                page -> page.get("totalItems").asInt() == 3 && page.toString().contains("Kari Krog"));

        page(first, 0, 2, 3, 2);
        assertThat(items(first, "name")).containsExactly("alfa", "Beta");
        JsonNode betaLine = first.get("items").get(1);
        assertThat(betaLine.get("memberCount").asInt()).isEqualTo(2);
        assertThat(betaLine.get("coordinatorMemberId").asText()).isEqualTo(kari.toString());
        assertThat(betaLine.get("method").asText()).isEqualTo("KROGAR_MOT_KNARK");

        JsonNode second = ok(coordinator, "/api/v1/forums?size=2&page=1");
        page(second, 1, 2, 3, 2);
        assertThat(items(second, "name")).containsExactly("Gamma");
        assertThat(items(ok(coordinator, "/api/v1/forums?page=5"), "name")).isEmpty();
    }

    @Test
    void theDetailHasTheCurrentMembersAndTheCoordinator() {
        JsonNode forum = eventually(coordinator, "/api/v1/forums/" + beta,
                detail -> detail.get("members").size() == 2 && !detail.get("coordinator").isNull());

        assertThat(forum.get("name").asText()).isEqualTo("Beta");
        assertThat(Reads.texts(forum.get("members"), "personName")).containsExactly("Anna Apotek", "Kari Krog");
        assertThat(forum.get("coordinator").get("memberId").asText()).isEqualTo(kari.toString());
    }

    @Test
    void anotherMunicipalitysForumIsNotFoundLikeOneThatNeverExisted() {
        eventually(coordinator, "/api/v1/forums/" + beta, detail -> true);
        TestRestTemplate stranger = other.as(http, Role.COORDINATOR);

        notFound(stranger, "/api/v1/forums/" + beta);
        notFound(stranger, "/api/v1/forums/" + UUID.randomUUID());
        JsonNode theirs = get(stranger, "/api/v1/forums/" + beta).getBody();
        JsonNode nobodys = get(stranger, "/api/v1/forums/" + UUID.randomUUID()).getBody();
        assertThat(withoutInstance(theirs)).isEqualTo(withoutInstance(nobodys));
        assertThat(items(ok(stranger, "/api/v1/forums"), "name")).doesNotContain("Beta");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "LICENSING_OFFICER", "FORUM_MEMBER", "AUDITOR"})
    void everyRoleOfTheMunicipalityReadsItsForums(Role role) {
        eventually(home.as(http, role), "/api/v1/forums/" + beta, detail -> true);
        assertThat(items(ok(home.as(http, role), "/api/v1/forums"), "name")).contains("Beta");
    }

    @Test
    void theOperatorAndNetworkCoordinatorsReadNoMunicipalitysForums() {
        TestRestTemplate operator = Cases.operator(http, accounts);
        forbidden(operator, "/api/v1/forums");
        forbidden(operator, "/api/v1/forums/" + beta);
        forbidden(home.as(http, Role.NETWORK_COORDINATOR), "/api/v1/forums");
        forbidden(home.as(http, Role.NETWORK_COORDINATOR), "/api/v1/forums/" + beta);
    }

    @Test
    void pagesHoldOneTo200ItemsAndCountFromZero() {
        invalid(coordinator, "/api/v1/forums?size=0", "size");
        invalid(coordinator, "/api/v1/forums?size=201", "size");
        invalid(coordinator, "/api/v1/forums?page=-1", "page");
        invalid(coordinator, "/api/v1/forums?page=first", "page");
        invalid(coordinator, "/api/v1/forums/not-a-forum", "forumId");
        page(ok(coordinator, "/api/v1/forums?size=200"), 0, 200, ok(coordinator, "/api/v1/forums")
                .get("totalItems").asLong(), 1);
    }

    static JsonNode withoutInstance(JsonNode problem) {
        return ((ObjectNode) problem.deepCopy()).without("instance");
    }
}
