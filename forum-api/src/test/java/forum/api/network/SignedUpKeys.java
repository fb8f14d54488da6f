package forum.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import forum.projections.municipality.MunicipalityKeys;
import forum.projections.municipality.MunicipalityProfiles;

/** A signed-up municipality's official key, once the read models know it: what a network invites it by. */
final class SignedUpKeys {

    private SignedUpKeys() {
    }

    static String keyOf(MunicipalityProfiles profiles, MunicipalityKeys keys, UUID tenantId) {
        String key = eventually(() -> profiles.of(tenantId).map(profile -> profile.municipalityKey()));
        eventually(() -> keys.find(key));
        return key;
    }

    static <T> T eventually(Supplier<Optional<T>> read) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Optional<T> found = read.get();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(Instant.now()).as("the read models catch up").isBefore(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }
}
