package forum.api.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Short forms of the requests and answers the HTTP tests make. */
public final class Api {

    private Api() {
    }

    public static ResponseEntity<JsonNode> post(TestRestTemplate as, String path, Object body) {
        return send(as, HttpMethod.POST, path, body, new HttpHeaders());
    }

    public static ResponseEntity<JsonNode> post(TestRestTemplate as, String path, Object body, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", idempotencyKey);
        return send(as, HttpMethod.POST, path, body, headers);
    }

    /** A body sent as it is, to test what the server makes of broken JSON. */
    public static ResponseEntity<JsonNode> postJson(TestRestTemplate as, String path, String json) {
        return send(as, HttpMethod.POST, path, json, new HttpHeaders());
    }

    public static ResponseEntity<JsonNode> put(TestRestTemplate as, String path, Object body) {
        return send(as, HttpMethod.PUT, path, body, new HttpHeaders());
    }

    public static ResponseEntity<JsonNode> delete(TestRestTemplate as, String path) {
        return send(as, HttpMethod.DELETE, path, null, new HttpHeaders());
    }

    private static ResponseEntity<JsonNode> send(TestRestTemplate as, HttpMethod method, String path, Object body,
                                                 HttpHeaders headers) {
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return as.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** A 201 with a Location ending in the new id, which the body names too. */
    public static UUID created(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        UUID id = UUID.fromString(answer.getBody().get("id").asText());
        assertThat(answer.getHeaders().getLocation()).isNotNull();
        assertThat(answer.getHeaders().getLocation().getPath()).endsWith("/" + id);
        return id;
    }

    public static void noContent(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** An RFC 9457 problem with the given status and code. */
    public static JsonNode problem(ResponseEntity<JsonNode> answer, HttpStatus status, String code) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isNotNull();
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.getBody().get("code").asText()).isEqualTo(code);
        assertThat(answer.getBody().get("type").asText()).isEqualTo("/problems/" + code);
        assertThat(answer.getBody().get("status").asInt()).isEqualTo(status.value());
        return answer.getBody();
    }

    /** The fields a 400 problem names. */
    public static List<String> fields(ResponseEntity<JsonNode> answer) {
        JsonNode fields = answer.getBody().get("fields");
        assertThat(fields).as("fields of %s", answer.getBody()).isNotNull();
        return StreamSupport.stream(fields.spliterator(), false).map(field -> field.get("field").asText()).toList();
    }
}
