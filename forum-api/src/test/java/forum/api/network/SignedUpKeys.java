package forum.api.network;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
        return await().alias("the read models catch up").atMost(Duration.ofSeconds(20))
                .until(read::get, Optional::isPresent).orElseThrow();
    }
}
