package forum.api.openapi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import forum.api.consistency.ReadYourWrites;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** The read-your-writes headers, which a filter (forum.api.consistency) handles on every operation. */
@Component
class ReadYourWritesDocumentation implements OpenApiCustomizer {

    private static final String POSITION = """
            The position of the events this request appended (an opaque token). Send it as Forum-Await-Position on
            a read to see this write in the answer. Absent when the request appended no event, on a replayed
            answer (Idempotent-Replayed: true), and when it changed more than 100 things at once (a venue import):
            the same user's reads on this server still wait for it.""";
    private static final String AWAIT = """
            A Forum-Position from a write's answer: the read waits (by default up to 5 s) until the read models have
            applied that write. The signed-in user's own writes of the last 10 s are awaited without it (on the
            instance that took them). A token this server did not give out answers 400 (code position-invalid).""";
    private static final String PENDING = """
            true when the wait for the awaited writes ran out: the answer holds what the read models had, which may
            not show them yet. Absent otherwise.""";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().forEach((name, path) -> {
            if (path.getGet() != null) {
                documentRead(path.getGet());
            }
            for (Operation write : writes(path)) {
                successes(write).forEach(answer -> answer.addHeaderObject(ReadYourWrites.POSITION,
                        new Header().description(POSITION).schema(new StringSchema())));
            }
        });
    }

    private static void documentRead(Operation read) {
        boolean declared = read.getParameters() != null && read.getParameters().stream()
                .anyMatch(parameter -> ReadYourWrites.AWAIT_POSITION.equalsIgnoreCase(parameter.getName()));
        if (!declared) {
            read.addParametersItem(new HeaderParameter().name(ReadYourWrites.AWAIT_POSITION).required(false)
                    .schema(new StringSchema()).description(AWAIT));
        }
        successes(read).forEach(answer -> answer.addHeaderObject(ReadYourWrites.PENDING,
                new Header().description(PENDING).schema(new BooleanSchema())));
    }

    private static List<Operation> writes(PathItem path) {
        return Stream.of(path.getPost(), path.getPut(), path.getPatch(), path.getDelete())
                .filter(Objects::nonNull).toList();
    }

    private static List<ApiResponse> successes(Operation operation) {
        if (operation.getResponses() == null) {
            return List.of();
        }
        return operation.getResponses().entrySet().stream().filter(answer -> answer.getKey().startsWith("2"))
                .map(Map.Entry::getValue).toList();
    }
}
