package forum.projections.personaldata;

import com.google.crypto.tink.Aead;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The keys of a batch's data subjects of one tenant ({@link SubjectKeys#keysOf}); a subject without one is erased. */
public final class OpenedKeys {

    private final SubjectKeys keys;
    private final UUID tenant;
    private final Map<String, Aead> bySubject;

    OpenedKeys(SubjectKeys keys, UUID tenant, Map<String, Aead> bySubject) {
        this.keys = keys;
        this.tenant = tenant;
        this.bySubject = bySubject;
    }

    /** As {@link SubjectKeys#open}, with the keys read for the batch. */
    public Optional<String> open(String subject, String sealed, String associatedData) {
        return keys.open(new DataSubject(tenant, subject), sealed, associatedData,
                () -> Optional.ofNullable(bySubject.get(subject)));
    }
}
