package forum.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
            ResponseEntity<JsonNode> wrong = http.withBasicAuth(tenant.coordinator(), "a wrong password")
                    .getForEntity("/api/v1/municipality", JsonNode.class);
            assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(wrong.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(wrong.getBody().get("code").asText()).isEqualTo("unauthenticated");
            assertThat(wrong.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        }

        ResponseEntity<JsonNode> blocked = tenant.as(http).getForEntity("/api/v1/municipality", JsonNode.class);

        assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        // When the window of the first failure ends: 15 minutes after it, less the time the attempts took.
        assertThat(Integer.parseInt(blocked.getHeaders().getFirst("Retry-After"))).isBetween(840, 900);
        assertThat(blocked.getBody().get("code").asText()).isEqualTo("too-many-attempts");
    }
}
