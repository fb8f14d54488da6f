package forum.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@ForumIntegrationTest
class FailedSignInLimitIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void afterTenFailedSignInsEvenTheRightPasswordIsAnsweredTooManyAttempts() {
        SignUps.Tenant tenant = SignUps.signUp(http);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(http.withBasicAuth(tenant.coordinator(), "a wrong password")
                    .getForEntity("/api/v1/municipality", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<JsonNode> blocked = tenant.as(http).getForEntity("/api/v1/municipality", JsonNode.class);

        assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(blocked.getHeaders().getFirst("Retry-After")).isEqualTo("900");
        assertThat(blocked.getBody().get("code").asText()).isEqualTo("too-many-attempts");
    }
}
