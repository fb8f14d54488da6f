package forum.api.erasure;

import forum.core.erasure.ErasePersonalData;
import forum.core.erasure.ErasureReason;
import forum.projections.personaldata.SubjectKeys;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Erases data subjects of a tenant: records the erasure (an event without personal data) and deletes the subjects'
 * keys in one transaction. From its commit on, every sealed value of theirs, in the event store, on Kafka and in dead
 * letters, opens as erased; the read models show it at once (forum.projections.erasure). The only way to erase:
 * an ErasePersonalData sent otherwise would record an erasure whose keys still exist.
 */
@Service
public class Erasures {

    private final CommandGateway commands;
    private final SubjectKeys keys;

    Erasures(CommandGateway commands, SubjectKeys keys) {
        this.commands = commands;
        this.keys = keys;
    }

    /** Erases the subjects ({@code <kind>:<uuid>}); returns the erasure's id. Refused subjects erase nothing. */
    @Transactional
    public UUID erase(UUID tenant, List<String> subjects, ErasureReason reason) {
        UUID erasure = UUID.randomUUID();
        keys.lockForErasure(tenant);
        commands.sendAndWait(new ErasePersonalData(tenant, erasure, subjects, reason));
        subjects.stream().distinct().forEach(subject -> keys.erase(tenant, subject));
        return erasure;
    }
}
