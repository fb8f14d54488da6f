package forum.projections.networkstatistics;

import java.time.Instant;

/**
 * One period of a municipality's membership, as its network sees it: the municipality's public key and name only;
 * {@code leftAt} is null while it lasts.
 */
public record NetworkMember(String municipalityKey, String municipalityName, Instant joinedAt, Instant leftAt) {

    public boolean current() {
        return leftAt == null;
    }
}
