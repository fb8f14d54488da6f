package forum.api;

import forum.api.support.ForumIntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ForumIntegrationTest
class OpenApiDocumentIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void theServedDocumentIsValidOpenApiWithProblemsAndBothSignIns() {
        String document = http.getForObject("/v3/api-docs", String.class);

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("basic", "bearer");
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/api/v1/municipalities", "/api/v1/municipality");
        parsed.getOpenAPI().getPaths().forEach((name, path) -> path.readOperationsMap().forEach((method, operation) -> {
            assertThat(operation.getResponses()).as("%s %s", method, name).containsKeys("400", "429", "503");
            if (operation.getSecurity() == null) {
                assertThat(operation.getResponses()).as("%s %s", method, name).containsKeys("401", "403", "404");
            }
            if (method != PathItem.HttpMethod.GET) {
                assertThat(operation.getResponses()).as("%s %s", method, name).containsKey("409");
            }
        }));
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theDocumentSaysWhatTheServerDoes() {
        OpenAPI document = new OpenAPIV3Parser().readContents(http.getForObject("/v3/api-docs", String.class))
                .getOpenAPI();

        Operation signUp = document.getPaths().get("/api/v1/municipalities").getPost();
        assertThat(signUp.getSecurity()).as("sign-up needs no sign-in").isEmpty();
        assertThat(signUp.getResponses()).containsKey("201").doesNotContainKeys("200", "403");
        assertThat(signUp.getResponses().get("429").getDescription()).contains("10 municipalities an hour");
        Operation schedule = document.getPaths().get("/api/v1/meetings").getPost();
        assertThat(schedule.getResponses()).containsKey("201").doesNotContainKey("200");
        assertThat(document.getPaths().get("/api/v1/meetings/{meetingId}/cancellation").getPost().getResponses())
                .containsKey("204").doesNotContainKey("200");

        Schema<?> invitation = document.getComponents().getSchemas().get("InvitationRequest");
        assertThat(invitation.getProperties().get("role").getEnum()).map(String::valueOf)
                .containsExactlyInAnyOrder("FORUM_MEMBER", "LICENSING_OFFICER", "COORDINATOR");
        Schema<?> decision = document.getComponents().getSchemas().get("RecordLicensingDecisionRequest");
        assertThat(decision.getProperties().get("authorityReference").getDescription())
                .contains("required when recommendationId is absent");
        Schema<?> meeting = document.getComponents().getSchemas().get("ScheduleMeetingRequest");
        assertThat(meeting.getProperties().get("duration").getFormat()).isEqualTo("duration");
    }

    @Test
    void everySignedInPostButTheOperatorsMaintenanceDocumentsTheIdempotencyKeyOnceAndItsUnknownOutcome() {
        OpenAPI document = new OpenAPIV3Parser().readContents(http.getForObject("/v3/api-docs", String.class))
                .getOpenAPI();

        Operation registerIssue = document.getPaths().get("/api/v1/venues/{venueId}/issues").getPost();
        assertThat(keyParameters(registerIssue)).singleElement()
                .satisfies(key -> assertThat(key.getIn()).isEqualTo("header"));
        assertThat(registerIssue.getResponses()).containsKey("503");
        document.getPaths().forEach((name, path) -> {
            Operation post = path.getPost();
            if (post != null) {
                boolean keyed = !name.startsWith("/api/v1/admin/") && post.getSecurity() == null;
                assertThat(keyParameters(post)).as("Idempotency-Key of POST %s", name).hasSize(keyed ? 1 : 0);
                if (keyed) {
                    assertThat(post.getResponses()).as("POST %s", name).containsKeys("422", "503");
                }
            }
        });
    }

    private static List<Parameter> keyParameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters().stream()
                .filter(parameter -> "Idempotency-Key".equalsIgnoreCase(parameter.getName())).toList();
    }
}
