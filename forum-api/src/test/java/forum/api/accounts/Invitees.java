package forum.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;

/** The invitee's side: accepting the token of the e-mail, anonymously. */
final class Invitees {

    static final String PASSWORD = "the invitee's own password";

    private Invitees() {
    }

    static String email(String kind) {
        return kind + "-" + UUID.randomUUID() + "@example.dk";
    }

    static ResponseEntity<JsonNode> accept(TestRestTemplate http, String token, String password) {
        return Api.post(http, "/api/v1/invitations/" + token + "/acceptance", Map.of("password", password));
    }

    static JsonNode accepted(TestRestTemplate http, String token) {
        ResponseEntity<JsonNode> answer = accept(http, token, PASSWORD);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody();
    }

    static String token(ResponseEntity<JsonNode> issued) {
        Api.created(issued);
        assertThat(issued.getHeaders().getCacheControl()).contains("no-store");
        return issued.getBody().get("token").asText();
    }
}
