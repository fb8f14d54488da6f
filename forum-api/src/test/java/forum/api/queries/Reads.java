package forum.api.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;

/** Reading the read models over HTTP; they are fed through Kafka, so a command's effect shows a moment later. */
public final class Reads {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private Reads() {
    }

    static ResponseEntity<JsonNode> get(TestRestTemplate as, String url) {
        return as.exchange(url, HttpMethod.GET, null, JsonNode.class);
    }

    /** Polls until the answer is 200 and shows what the caller waits for. */
    public static JsonNode eventually(TestRestTemplate as, String url, Predicate<JsonNode> shows) {
        return await().atMost(PATIENCE).until(() -> get(as, url),
                answer -> answer.getStatusCode() == HttpStatus.OK && shows.test(answer.getBody())).getBody();
    }

    static JsonNode ok(TestRestTemplate as, String url) {
        ResponseEntity<JsonNode> answer = get(as, url);
        assertThat(answer.getStatusCode()).as("GET %s: %s", url, answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    static void notFound(TestRestTemplate as, String url) {
        Api.problem(get(as, url), HttpStatus.NOT_FOUND, "not-found");
    }

    static void forbidden(TestRestTemplate as, String url) {
        Api.problem(get(as, url), HttpStatus.FORBIDDEN, "forbidden");
    }

    /** A 400 naming the one parameter at fault. */
    static void invalid(TestRestTemplate as, String url, String parameter) {
        ResponseEntity<JsonNode> answer = get(as, url);
        Api.problem(answer, HttpStatus.BAD_REQUEST, "validation");
        assertThat(Api.fields(answer)).as("%s", url).containsExactly(parameter);
    }

    /** One field of each element of an array, as text. */
    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(element -> element.path(field).asText()).toList();
    }

    static List<String> items(JsonNode page, String field) {
        return texts(page.get("items"), field);
    }

    /** The page fields every list answers with, besides its items. */
    static void page(JsonNode page, int number, int size, long totalItems, long totalPages) {
        assertThat(page.get("page").asInt()).isEqualTo(number);
        assertThat(page.get("size").asInt()).isEqualTo(size);
        assertThat(page.get("totalItems").asLong()).isEqualTo(totalItems);
        assertThat(page.get("totalPages").asLong()).isEqualTo(totalPages);
    }
}
