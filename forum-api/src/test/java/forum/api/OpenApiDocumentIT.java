package forum.api;

import forum.api.support.ForumIntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
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
        parsed.getOpenAPI().getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                assertThat(operation.getResponses()).containsKeys("400", "401", "403", "404", "409", "422")));
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void everyPostButTheOperatorsDocumentsTheIdempotencyKeyOnceAndItsUnknownOutcome() {
        OpenAPI document = new OpenAPIV3Parser().readContents(http.getForObject("/v3/api-docs", String.class))
                .getOpenAPI();

        Operation registerIssue = document.getPaths().get("/api/v1/venues/{venueId}/issues").getPost();
        assertThat(keyParameters(registerIssue)).singleElement()
                .satisfies(key -> assertThat(key.getIn()).isEqualTo("header"));
        assertThat(registerIssue.getResponses()).containsKey("503");
        document.getPaths().forEach((name, path) -> {
            if (path.getPost() != null) {
                assertThat(keyParameters(path.getPost())).as("Idempotency-Key of POST %s", name)
                        .hasSize(name.startsWith("/api/v1/admin/") ? 0 : 1);
            }
        });
    }

    private static List<Parameter> keyParameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters().stream()
                .filter(parameter -> "Idempotency-Key".equalsIgnoreCase(parameter.getName())).toList();
    }
}
