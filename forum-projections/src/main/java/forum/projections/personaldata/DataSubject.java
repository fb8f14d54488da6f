package forum.projections.personaldata;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** A person whose data is sealed with a key of their own, named within their tenant (package-info). */
record DataSubject(UUID tenant, String subject) {

    DataSubject {
        Objects.requireNonNull(tenant, "tenant");
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            throw new IllegalArgumentException("A data subject is named by 1 to 200 characters: " + subject);
        }
    }

    /** Binds a stored keyset to its row: a keyset copied to another subject's or tenant's row does not open. */
    byte[] keysetBinding() {
        return ("personal_data_key/" + tenant + "/" + subject).getBytes(StandardCharsets.UTF_8);
    }
}
