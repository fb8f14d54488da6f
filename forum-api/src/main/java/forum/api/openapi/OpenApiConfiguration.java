package forum.api.openapi;

import forum.api.idempotency.IdempotencyKeys;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
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
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;

@Configuration
class OpenApiConfiguration {

    private static final String PROBLEM = "ProblemDetail";

    private static final String INVALID = "Invalid request: malformed JSON, a field of the wrong type or outside its "
            + "values, an empty string for an id or a date (code malformed-body), or fields or parameters that break a "
            + "rule (code validation or the rule's own); 'fields' names each field";
    private static final String UNAUTHENTICATED = "Not signed in, or the credentials were not accepted (code "
            + "unauthenticated)";
    private static final String FORBIDDEN = "Signed in, but the role may not do this (code forbidden)";
    private static final String NOT_FOUND = "No such resource in the signed-in user's municipality (code not-found "
            + "or the rule's own)";
    private static final String CONFLICT = "A well-formed request that conflicts with the current state: done "
            + "already (revoked, decided, cancelled, signed up, a name taken), or changed by someone else at the same "
            + "time (concurrent-change); 'code' names the rule";
    private static final String TOO_MANY = "Too many attempts from this address or for this user name (code "
            + "too-many-attempts); Retry-After says in how many seconds to come back";
    private static final String UNAVAILABLE = "The database is unavailable (code database-unavailable; a change may "
            + "have been saved if the connection broke while saving); see Retry-After";

    static {
        // A duration is read and written as ISO-8601 text ("PT2H"), not as the fields of java.time.Duration.
        SpringDocUtils.getConfig().replaceWithSchema(Duration.class,
                new StringSchema().format("duration").example("PT2H"));
    }

    @Bean
    OpenAPI forumOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Forum API").version("v1").description("""
                        Collaboration forums of municipalities against alcohol and drug harm in nightlife.
                        The municipality (tenant) of every request is the signed-in user's; it is never taken
                        from a request.

                        Every error is an RFC 9457 problem detail (application/problem+json) with a stable
                        'type' and 'code'; each operation lists the statuses it can answer. One rule per status:
                        400 the request itself is wrong (its body, a field, a parameter or a path segment;
                        'fields' names them); 401 not signed in; 403 the role may not; 404 not in your
                        municipality; 409 a well-formed request that conflicts with the current state (already
                        done, cancelled, decided, taken, or changed at the same time); 422 only an
                        Idempotency-Key used before for another request; 429 too many attempts, with
                        Retry-After; 503 the database unavailable, with Retry-After.

                        Personal data (people's names and e-mails, minutes, decisions, action items, reasons,
                        issue descriptions and resolutions, rationales, licence holders, a timeline's free text)
                        can be erased, at a person's request or when the municipality's retention period ends.
                        An erased value reads as the string "\u2205erased" (U+2205 EMPTY SET, then "erased")
                        wherever it appeared; a value that was absent stays absent (null)."""))
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

    /**
     * The problem statuses of each operation, by what can refuse it: the sign-in (not for the operations open to
     * everyone), the role, the ids it names, the current state (changes only), a reused Idempotency-Key (keyed POSTs
     * only), the attempt limits and the database.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            // Added here, after springdoc has generated its schemas, so that they do not replace it.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((name, path) -> path.readOperationsMap().forEach((method, operation) -> {
                OpenOperations.Open open = OpenOperations.get(method.name(), name);
                addProblem(operation, "400", INVALID);
                if (open != null) {
                    operation.setSecurity(List.of());
                    if (open.checksCredentialsSent()) {
                        addProblem(operation, "401", "Credentials were sent and not accepted (code "
                                + "unauthenticated); this operation needs none");
                    }
                } else {
                    addProblem(operation, "401", UNAUTHENTICATED);
                    addProblem(operation, "403", FORBIDDEN);
                }
                if (open == null || name.contains("{")) {
                    addProblem(operation, "404", NOT_FOUND);
                }
                if (method != PathItem.HttpMethod.GET) {
                    addProblem(operation, "409", CONFLICT);
                }
                addProblem(operation, "429", open == null ? TOO_MANY : open.tooMany());
                addProblem(operation, "503", UNAVAILABLE);
            }));
        };
    }

    /**
     * The Idempotency-Key that a filter, not the controllers, handles on every signed-in POST but the operators'
     * maintenance ones; what it can answer: 409 while the key's first request runs, 422 for a key used for another
     * request, 503 when a commit's outcome is unknown.
     */
    @Bean
    OpenApiCustomizer idempotencyKeys() {
        return openApi -> openApi.getPaths().forEach((name, path) -> {
            Operation post = path.getPost();
            if (post == null || !IdempotencyKeys.cover(name) || OpenOperations.contains("POST", name)) {
                return;
            }
            post.addParametersItem(new HeaderParameter().name(IdempotencyKeys.HEADER).required(false)
                    .schema(new StringSchema().minLength(1).maxLength(IdempotencyKeys.MAX_LENGTH))
                    .description("""
                            Any string of 1 to 255 characters (a fresh UUID), new for each request of a signed-in
                            user; send the same key to retry. The key, the request's effects and its answer commit
                            together, so a retry gets the first answer again (header Idempotent-Replayed: true) or,
                            if nothing was stored, runs. Another request under a used key answers 422; a retry while
                            the first still runs waits up to 2 s, then answers 409."""));
            post.getResponses().remove("422");
            addProblem(post, "422", "The Idempotency-Key was used before for another request (code "
                    + "idempotency-key-reused); use a new key for a new request");
            post.getResponses().remove("503");
            addProblem(post, "503", UNAVAILABLE + "; or the database failed while committing, so the outcome is "
                    + "unknown (code outcome-unknown): send the request again with the same Idempotency-Key");
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
        problem.addProperty("incident", new StringSchema().description("On 500 and 503: the failure's id in the log"));
        problem.addProperty("fields", new io.swagger.v3.oas.models.media.ArraySchema().items(field));
        return problem;
    }
}
