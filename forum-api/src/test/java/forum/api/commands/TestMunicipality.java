package forum.api.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.security.Role;
import forum.api.security.UserAccounts;

/**
 * A municipality signed up through the API, with one account per tenant role, for HTTP tests. Norwegian
 * codes, so random codes do not collide with the Swedish and Danish ones other tests draw.
 */
public record TestMunicipality(UUID tenantId, Map<Role, String> usernames) {

    public static final String PASSWORD = "a long enough password";

    private static final List<Role> OTHER_ROLES =
            List.of(Role.LICENSING_OFFICER, Role.FORUM_MEMBER, Role.NETWORK_COORDINATOR, Role.AUDITOR);

    public static TestMunicipality signUp(TestRestTemplate http, UserAccounts accounts) {
        for (int attempt = 1; ; attempt++) {
            String code = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String coordinator = "coordinator-" + suffix + "@example.no";
            ResponseEntity<JsonNode> answer = http.postForEntity("/api/v1/municipalities", Map.of(
                    "name", "Testkommune " + code, "country", "NO", "officialCode", code,
                    "coordinatorName", "Kari Koordinator", "coordinatorEmail", coordinator,
                    "coordinatorPassword", PASSWORD), JsonNode.class);
            if (answer.getStatusCode() == HttpStatus.CONFLICT && attempt < 20) {
                continue; // the code was drawn before in this JVM's database
            }
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            UUID tenantId = UUID.fromString(answer.getBody().get("tenantId").asText());
            Map<Role, String> usernames = new EnumMap<>(Role.class);
            usernames.put(Role.COORDINATOR, coordinator);
            for (Role role : OTHER_ROLES) {
                String username = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + suffix + "@example.no";
                accounts.create(tenantId, username, PASSWORD, "Test " + role, EnumSet.of(role));
                usernames.put(role, username);
            }
            return new TestMunicipality(tenantId, Map.copyOf(usernames));
        }
    }

    /** The platform operator belongs to no tenant. */
    public static String createOperator(UserAccounts accounts) {
        String username = "operator-" + UUID.randomUUID() + "@example.org";
        accounts.create(null, username, PASSWORD, "Test operator", EnumSet.of(Role.OPERATOR));
        return username;
    }

    public TestRestTemplate as(TestRestTemplate http, Role role) {
        return http.withBasicAuth(usernames.get(role), PASSWORD);
    }
}
