package forum.projections.personaldata;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.junit.jupiter.api.Test;

import java.security.GeneralSecurityException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class KeysetCacheTest {

    private final UUID tenant = UUID.randomUUID();
    private final DataSubject anna = new DataSubject(tenant, "member:anna");
    private final DataSubject bo = new DataSubject(tenant, "member:bo");
    private final DataSubject cai = new DataSubject(tenant, "member:cai");

    @Test
    void theKeyUsedLeastRecentlyGoesFirst() throws GeneralSecurityException {
        KeysetCache cache = new KeysetCache(2);
        cache.putUnlessEvictedSince(cache.epoch(), anna, key());
        cache.putUnlessEvictedSince(cache.epoch(), bo, key());
        cache.get(anna);

        cache.putUnlessEvictedSince(cache.epoch(), cai, key());

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(bo)).isNull();
        assertThat(cache.get(anna)).isNotNull();
    }

    @Test
    void aKeyReadBeforeAnErasureIsNotPutBackAfterIt() throws GeneralSecurityException {
        KeysetCache cache = new KeysetCache(10);
        long readIn = cache.epoch();

        cache.evict(anna);
        cache.putUnlessEvictedSince(readIn, anna, key());

        assertThat(cache.get(anna)).isNull();
    }

    private static Aead key() throws GeneralSecurityException {
        AeadConfig.register();
        return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
    }
}
