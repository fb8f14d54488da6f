package forum.api.rebuild;

import forum.projections.rebuild.ReadModelRebuild;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * {@code --forum.rebuild=all} or {@code --forum.rebuild=<tenant id>}: rebuild once the application is up,
 * then go on serving.
 */
@Component
class RebuildOnStart {

    private final ReadModelRebuild rebuild;
    private final String what;

    RebuildOnStart(ReadModelRebuild rebuild, @Value("${forum.rebuild:}") String what) {
        this.rebuild = rebuild;
        this.what = what.trim();
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfAsked() {
        if (!what.isEmpty()) {
            rebuild.rebuild("all".equalsIgnoreCase(what) ? Optional.empty() : Optional.of(UUID.fromString(what)));
        }
    }
}
