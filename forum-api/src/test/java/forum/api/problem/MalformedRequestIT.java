package forum.api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import forum.api.eventstore.EventRelay;
import forum.api.support.ForumIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad bodies are refused with a problem detail, never a stack trace, and change nothing. */
@ForumIntegrationTest
class MalformedRequestIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    @Test
    void aBodyOverTheLimitIsRefusedBeforeAnythingReadsIt() {
        long before = events();
        String huge = "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}";

        ResponseEntity<JsonNode> refused = post(huge);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("body-too-large");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void malformedJsonAndUnknownValuesAreBadRequestsWithoutStackTraces() {
        ResponseEntity<JsonNode> malformed = post("{\"name\": ");
        ResponseEntity<JsonNode> unknownCountry = post("""
                {"name":"X","country":"FI","officialCode":"091","coordinatorName":"A","coordinatorEmail":"a@b.fi",
                 "coordinatorPassword":"a long enough password"}""");

        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("code").asText()).isEqualTo("malformed-body");
        assertThat(unknownCountry.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownCountry.getBody().toString()).doesNotContain("Exception").doesNotContain("at com.");
        assertThat(unknownCountry.getBody().get("fields").get(0).get("field").asText()).isEqualTo("country");
        assertThat(unknownCountry.getBody().get("fields").get(0).get("message").asText()).contains("SE");
    }

    private ResponseEntity<JsonNode> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/v1/municipalities", new HttpEntity<>(body, headers), JsonNode.class);
    }

    private long events() {
        return relay.jdbc().sql("select count(*) from domain_event_entry").query(Long.class).single();
    }
}
