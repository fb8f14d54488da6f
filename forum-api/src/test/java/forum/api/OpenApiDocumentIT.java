package forum.api;

import forum.api.support.ForumIntegrationTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

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
}
