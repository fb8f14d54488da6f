package forum.api.health;

import com.fasterxml.jackson.databind.JsonNode;
import forum.api.support.ForumIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@ForumIntegrationTest
class HealthIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void healthShowsTheDatabaseAndKafkaUpWithoutSigningIn() {
        ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.getBody().at("/components/kafka/status").asText()).isEqualTo("UP");
        // Details (cluster id, database product) are for signed-in operators only.
        assertThat(health.getBody().at("/components/kafka/details").isMissingNode()).isTrue();
    }
}
