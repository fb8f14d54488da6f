package forum.api.rebuild;

import forum.api.problem.ConflictException;
import forum.projections.rebuild.ReadModelRebuild;
import forum.projections.rebuild.RebuildRefused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;
import java.util.UUID;

/**
 * The platform operator rebuilds the read models from the event store, for one tenant or all. It runs
 * while the application serves the old rows; the answer comes when the new rows are in place. An instance that
 * cannot pause every consumer of the read models (an API instance, or a worker beside other workers) answers 409.
 */
@RestController
@RequestMapping("/api/v1/admin/read-models")
class RebuildController {

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/rebuild")
    @PreAuthorize("hasRole('OPERATOR')")
    ReadModelRebuild.Result rebuild(@RequestParam(required = false) UUID tenant) {
        try {
            return rebuild.rebuild(Optional.ofNullable(tenant));
        } catch (RebuildRefused refused) {
            throw new ConflictException(refused.code(), refused.getMessage());
        }
    }
}
