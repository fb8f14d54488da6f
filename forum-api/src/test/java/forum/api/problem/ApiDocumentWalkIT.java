package forum.api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import forum.api.commands.TestMunicipality;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the served API document (/v3/api-docs) with what a careless or hostile client sends: no
 * credentials, a garbage bearer token, an unknown user, unknown and unreadable ids in the path, an empty path segment,
 * a malformed body, an empty body, and each typed field of the body with an empty or wrong value. Every answer must be
 * application/problem+json with a {@code code}, at a status the document lists for that operation; a field refused
 * must be named. Nothing here names an endpoint: a new one is walked as soon as the document lists it.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentWalkIT {

    private static final String MALFORMED_JSON = "{\"name\": ";

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> failures = new ArrayList<>();
    private OpenAPI document;
    private SampleValues samples;
    private String coordinator;
    private String operator;

    @BeforeAll
    void readTheDocumentAndSignUp() {
        document = new OpenAPIV3Parser().readContents(http.getForObject("/v3/api-docs", String.class)).getOpenAPI();
        samples = new SampleValues(document);
        coordinator = basic(SignUps.signUp(http).coordinator(), SignUps.PASSWORD);
        operator = basic(TestMunicipality.createOperator(accounts), SignUps.PASSWORD);
    }

    @BeforeEach
    void noFailuresYet() {
        failures.clear();
    }

    @Test
    void everyOperationRefusesASignInItDoesNotAcceptWith401AsAProblem() {
        walk((path, method, operation) -> {
            boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
            String body = operation.getRequestBody() == null ? null : "{}";
            String url = samples.path(path, operation, SampleValues.UNKNOWN_ID);
            for (Map.Entry<String, String> credentials : Map.of("no credentials", "",
                    "a garbage bearer token", "Bearer not.a.token",
                    "an unknown user", basic("nobody-" + UUID.randomUUID() + "@example.se", "whatever password"))
                    .entrySet()) {
                Answer answer = send(method, url, credentials.getValue(), body);
                String probe = method + " " + path + " with " + credentials.getKey();
                expectProblem(probe, operation, answer);
                if (!open && answer.status() != 401) {
                    failures.add(probe + ": " + answer.status() + " instead of 401");
                }
                if (open && answer.status() == 401 && credentials.getValue().isEmpty()) {
                    failures.add(probe + ": 401, though the document says it needs no sign-in");
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void everyOperationAnswersUnknownAndUnreadableIdsInItsPathAsProblems() {
        walk((path, method, operation) -> {
            if (!path.contains("{")) {
                return;
            }
            String body = operation.getRequestBody() == null ? null : samples.body(operation).toString();
            String probe = method + " " + path;

            Answer unknown = send(method, samples.path(path, operation, SampleValues.UNKNOWN_ID), coordinator, body);
            if (unknown.status() == 403) {
                unknown = send(method, samples.path(path, operation, SampleValues.UNKNOWN_ID), operator, body);
            }
            expectProblem(probe + " with unknown ids", operation, unknown);
            expectStatus(probe + " with unknown ids", unknown, 404, 403);

            Answer unreadable = send(method, samples.path(path, operation, SampleValues.UNREADABLE_ID), coordinator,
                    body);
            expectProblem(probe + " with unreadable ids", operation, unreadable);
            if (samples.hasUuidPathParameter(path, operation)) {
                expectStatus(probe + " with unreadable ids", unreadable, 400);
                expectField(probe + " with unreadable ids", unreadable, samples.uuidPathParameter(path, operation));
            }

            Answer emptySegment = send(method, samples.path(path, operation, SampleValues.EMPTY_SEGMENT),
                    coordinator, body);
            expectProblem(probe + " with an empty path segment", operation, emptySegment);
            if (path.contains("{" + samples.emptiedPathParameter(operation) + "}/")) {
                // {@code .../recommendations//revocation}: the firewall refuses it before any controller.
                expectStatus(probe + " with an empty path segment", emptySegment, 400);
                expectCode(probe + " with an empty path segment", emptySegment, "malformed-path");
            } else {
                // A trailing slash instead: another path, which the API does not have.
                expectStatus(probe + " with an empty path segment", emptySegment, 404);
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void everyOperationWithABodyRefusesMalformedAndEmptyBodiesAsProblems() {
        walk((path, method, operation) -> {
            if (operation.getRequestBody() == null) {
                return;
            }
            String url = samples.path(path, operation, SampleValues.UNKNOWN_ID);
            String user = userFor(operation);
            for (Map.Entry<String, String> body : Map.of("a malformed body", MALFORMED_JSON, "an empty body", "")
                    .entrySet()) {
                String probe = method + " " + path + " with " + body.getKey();
                Answer answer = send(method, url, user, body.getValue());
                expectProblem(probe, operation, answer);
                expectStatus(probe, answer, 400);
                expectCode(probe, answer, "malformed-body");
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void everyTypedFieldOfABodyThatCannotBeReadIsNamed() {
        walk((path, method, operation) -> {
            if (operation.getRequestBody() == null) {
                return;
            }
            String url = samples.path(path, operation, SampleValues.UNKNOWN_ID);
            String user = userFor(operation);
            ObjectNode valid = samples.body(operation);
            samples.typedFields(operation).forEach(field -> {
                for (JsonNode wrong : List.of(json.getNodeFactory().textNode(""),
                        json.getNodeFactory().textNode("not-" + field), json.getNodeFactory().objectNode())) {
                    ObjectNode body = valid.deepCopy();
                    body.set(field, samples.isArray(operation, field) ? json.createArrayNode().add(wrong) : wrong);
                    String probe = method + " " + path + " with " + field + "=" + body.get(field);
                    Answer answer = send(method, url, user, body.toString());
                    expectProblem(probe, operation, answer);
                    expectStatus(probe, answer, 400);
                    expectField(probe, answer, field);
                }
            });
        });
        assertThat(failures).isEmpty();
    }

    /** Signed in as the municipality's coordinator, but not for operations that need no sign-in. */
    private String userFor(Operation operation) {
        boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        return open ? "" : coordinator;
    }

    private interface Visitor {
        void visit(String path, String method, Operation operation);
    }

    private void walk(Visitor visitor) {
        assertThat(document.getPaths()).isNotEmpty();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (path.startsWith("/api/")) {
                visitor.visit(path, method.name(), operation);
            }
        }));
    }

    private void expectProblem(String probe, Operation operation, Answer answer) {
        if (!operation.getResponses().containsKey(String.valueOf(answer.status()))) {
            failures.add(probe + ": " + answer.status() + " is not among the documented "
                    + operation.getResponses().keySet() + " (" + answer.body() + ")");
        }
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            failures.add(probe + ": content type " + answer.contentType() + " (" + answer.body() + ")");
            return;
        }
        if (answer.problem() == null || answer.problem().path("code").asText().isBlank()) {
            failures.add(probe + ": no code in " + answer.body());
        }
    }

    private void expectStatus(String probe, Answer answer, Integer... expected) {
        if (!Set.of(expected).contains(answer.status())) {
            failures.add(probe + ": " + answer.status() + " instead of " + List.of(expected) + " (" + answer.body()
                    + ")");
        }
    }

    private void expectCode(String probe, Answer answer, String code) {
        if (answer.problem() != null && !code.equals(answer.problem().path("code").asText())) {
            failures.add(probe + ": code " + answer.problem().path("code") + " instead of " + code);
        }
    }

    private void expectField(String probe, Answer answer, String field) {
        boolean named = answer.problem() != null && answer.problem().path("fields").findValuesAsText("field")
                .stream().anyMatch(named1 -> named1.equals(field) || named1.startsWith(field + "[")
                        || named1.startsWith(field + "."));
        if (!named) {
            failures.add(probe + ": the field " + field + " is not named in " + answer.body());
        }
    }

    private record Answer(int status, String contentType, String body, JsonNode problem) {
    }

    private Answer send(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "*/*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            JsonNode problem = parse(response.body());
            return new Answer(response.statusCode(), contentType,
                    problem == null ? response.body() : problem.toString(), problem);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
