package forum.api.openapi;

import forum.api.idempotency.IdempotencyKeys;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

@Configuration
class OpenApiConfiguration {

    private static final String PROBLEM = "ProblemDetail";

    /** The errors every operation can answer, besides the ones it declares itself. */
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid request: malformed JSON, wrong types, unknown values, or fields that break a rule "
                    + "(listed in 'fields')",
            "401", "Not signed in",
            "403", "Signed in, but the role may not do this",
            "404", "No such resource in the signed-in user's municipality",
            "409", "Conflicts with what exists, or was changed by someone else at the same time",
            "422", "Refused by a rule of the domain; 'code' says which",
            "429", "Too many attempts; see Retry-After",
            "503", "The database is unavailable (code database-unavailable; a change may have been saved if the "
                    + "connection broke while saving), or failed while committing a request with an Idempotency-Key "
                    + "(code outcome-unknown: send it again with the same key); see Retry-After");

    @Bean
    OpenAPI forumOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Forum API").version("v1").description("""
                        Collaboration forums of municipalities against alcohol and drug harm in nightlife.
                        The municipality (tenant) of every request is the signed-in user's; it is never taken
                        from a request. Errors are RFC 9457 problem details with a stable 'type' and 'code'."""))
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Built-in accounts (the default run)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A token of the municipality's identity provider")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            // Added here, after springdoc has generated its schemas, so that they do not replace it.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    ERRORS.forEach((status, description) -> addProblem(operation, status, description))));
        };
    }

    /**
     * The Idempotency-Key that a filter, not the controllers, handles on every POST but the operators' (whose
     * controllers that refuse it declare it themselves), and the 503 it answers when a commit's outcome is unknown.
     */
    @Bean
    OpenApiCustomizer idempotencyKeys() {
        return openApi -> openApi.getPaths().forEach((name, path) -> {
            Operation post = path.getPost();
            boolean declared = post != null && post.getParameters() != null && post.getParameters().stream()
                    .anyMatch(parameter -> IdempotencyKeys.HEADER.equalsIgnoreCase(parameter.getName()));
            if (post == null || declared || !IdempotencyKeys.cover(name)) {
                return;
            }
            post.addParametersItem(new HeaderParameter().name(IdempotencyKeys.HEADER).required(false)
                    .schema(new StringSchema().minLength(1).maxLength(IdempotencyKeys.MAX_LENGTH))
                    .description("""
                            Any string of 1 to 255 characters, new for each request of a signed-in user; send the same
                            key to retry. The key, the request's effects and its answer commit together, so a retry
                            gets the first answer again (header Idempotent-Replayed: true) or, if nothing was stored,
                            runs. Another request under a used key answers 422; a retry while the first still runs
                            waits up to 2 s, then answers 409. Ignored on requests without a signed-in user."""));
            addProblem(post, "503", "The database failed while committing, so the outcome is unknown (code "
                    + "outcome-unknown); send the request again with the same Idempotency-Key");
        });
    }

    private static void addProblem(Operation operation, String status, String description) {
        if (operation.getResponses().get(status) == null) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Schema<?> problemSchema() {
        ObjectSchema field = new ObjectSchema();
        field.addProperty("field", new StringSchema());
        field.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().format("uri-reference").example("/problems/validation"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("code", new StringSchema().description("Stable error code, e.g. meeting.starts-in-past"));
        problem.addProperty("fields", new io.swagger.v3.oas.models.media.ArraySchema().items(field));
        return problem;
    }
}
