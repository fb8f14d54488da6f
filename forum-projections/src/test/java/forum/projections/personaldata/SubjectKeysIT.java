package forum.projections.personaldata;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import forum.projections.runtime.TenantScope;
import forum.projections.support.AsTenant;
import forum.projections.support.ProjectionsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data subject's values sealed, opened and erased on the real database, as the application role. */
@ProjectionsIntegrationTest
class SubjectKeysIT {

    private static final String ISSUE_DESCRIPTION = "VenueIssueReported.description/";

    @Autowired
    SubjectKeys keys;

    @Autowired
    SubjectKeyRows rows;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AsTenant asTenant;

    @Autowired
    MasterKey masterKey;

    private final UUID tenant = UUID.randomUUID();
    private final String member = "member:" + UUID.randomUUID();
    private final String place = ISSUE_DESCRIPTION + UUID.randomUUID();

    @Test
    void aSealedValueOpensWithItsSubjectAndPlace() {
        String sealed = keys.seal(tenant, member, "Canary Person, canary@example.org", place);

        assertThat(sealed).startsWith("pd1:").doesNotContain("Canary");
        assertThat(SubjectKeys.isSealed(sealed)).isTrue();
        assertThat(SubjectKeys.isSealed("Canary Person")).isFalse();
        assertThat(keys.open(tenant, member, sealed, place)).contains("Canary Person, canary@example.org");
        assertThat(keys.open(tenant, member, keys.seal(tenant, member, "", place), place)).contains("");
    }

    @Test
    void anErasedSubjectsValuesNoLongerOpen() {
        String sealed = keys.seal(tenant, member, "Canary Person", place);
        assertThat(keys.open(tenant, member, sealed, place)).isPresent();

        keys.erase(tenant, member);
        keys.erase(tenant, member);

        assertThat(keys.open(tenant, member, sealed, place)).isEmpty();
        assertThat(asTenant.allRows(tenant, "personal_data_key")).singleElement()
                .satisfies(row -> assertThat(row.get("keyset")).isNull())
                .satisfies(row -> assertThat(row.get("erased_at")).isNotNull());
        assertThat(openedElsewhere(masterKey, sealed)).isEmpty();
    }

    @Test
    void keysFetchedAtOnceOpenWhatTheyHaveAndNothingOfAnErasedOrUnknownSubject() {
        String other = "member:" + UUID.randomUUID();
        String unknown = "member:" + UUID.randomUUID();
        String sealed = keys.seal(tenant, member, "Canary Person", place);
        String othersSealed = keys.seal(tenant, other, "Other Person", place);
        keys.erase(tenant, other);
        String othersLater = keys.seal(tenant, other, "A later value", place);

        transaction.executeWithoutResult(status -> {
            OpenedKeys batch = keys.keysOf(tenant, List.of(member, other, unknown, member));
            assertThat(batch.open(member, sealed, place)).contains("Canary Person");
            assertThat(batch.open(other, othersSealed, place)).isEmpty();
            assertThat(batch.open(other, othersLater, place)).contains("A later value");
            assertThat(batch.open(unknown, sealed, place)).isEmpty();
            assertThatThrownBy(() -> batch.open(member, othersLater, place))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not open");
        });
        transaction.executeWithoutResult(status -> assertThat(
                keys.keysOf(UUID.randomUUID(), List.of(member)).open(member, sealed, place)).isEmpty());
    }

    @Test
    void aKeyStoredAsATinkKeysetBeforeStillOpensAndItsErasureHolds() throws GeneralSecurityException {
        KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        byte[] stored = TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, masterKey.aead(),
                new DataSubject(tenant, member).keysetBinding());
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(tenant);
            assertThat(rows.insertFirst(new DataSubject(tenant, member), stored)).isTrue();
        });
        String sealed = SubjectKeys.SEALED + Base64.getEncoder().encodeToString(keyset
                .getPrimitive(RegistryConfiguration.get(), Aead.class)
                .encrypt("Canary Person".getBytes(StandardCharsets.UTF_8), place.getBytes(StandardCharsets.UTF_8)));

        assertThat(keys.open(tenant, member, sealed, place)).contains("Canary Person");
        transaction.executeWithoutResult(status ->
                assertThat(keys.keysOf(tenant, List.of(member)).open(member, sealed, place)).contains("Canary Person"));

        keys.erase(tenant, member);
        String later = keys.seal(tenant, member, "A later value", place);

        assertThat(keys.open(tenant, member, sealed, place)).isEmpty();
        assertThat(keys.open(tenant, member, later, place)).contains("A later value");
    }

    @Test
    void aSubjectSealedAgainAfterItsErasureOpensItsNewValuesButNotItsErasedOnes() {
        String before = keys.seal(tenant, member, "Canary Person", place);
        keys.erase(tenant, member);
        String after = keys.seal(tenant, member, "A later value", place);

        assertThat(keys.open(tenant, member, after, place)).contains("A later value");
        assertThat(keys.open(tenant, member, before, place)).isEmpty();
        String altered = after.substring(0, after.length() - 4) + (after.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> keys.open(tenant, member, altered, place))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErasureThatRollsBackErasesNothing() {
        String sealed = keys.seal(tenant, member, "Canary Person", place);

        transaction.executeWithoutResult(status -> {
            keys.erase(tenant, member);
            status.setRollbackOnly();
        });

        assertThat(keys.open(tenant, member, sealed, place)).contains("Canary Person");
    }

    @Test
    void aKeyMadeInATransactionThatRollsBackSealsNothingLater() {
        transaction.executeWithoutResult(status -> {
            keys.seal(tenant, member, "first", place);
            status.setRollbackOnly();
        });

        String sealed = keys.seal(tenant, member, "second", place);

        assertThat(openedElsewhere(masterKey, sealed)).contains("second");
    }

    @Test
    void anotherTenantNeitherOpensNorErasesTheSubjectsKey() {
        UUID otherTenant = UUID.randomUUID();
        String sealed = keys.seal(tenant, member, "Canary Person", place);

        assertThat(keys.open(otherTenant, member, sealed, place)).isEmpty();
        keys.erase(otherTenant, member);
        assertThat(asTenant.allRows(otherTenant, "personal_data_key")).isEmpty();
        int deleted = asTenant.run(otherTenant, sql -> sql.sql("delete from personal_data_key").update());
        assertThat(deleted).isZero();

        assertThat(asTenant.allRows(tenant, "personal_data_key")).hasSize(1);
        assertThat(keys.open(tenant, member, sealed, place)).contains("Canary Person");
        assertThat(asTenant.allRows(null, "personal_data_key")).isEmpty();
    }

    @Test
    void eachSealIsAnotherCiphertextAndEachSubjectAnotherKey() {
        String other = "invitation:" + UUID.randomUUID();
        String first = keys.seal(tenant, member, "Canary Person", place);
        String again = keys.seal(tenant, member, "Canary Person", place);
        String othersValue = keys.seal(tenant, other, "Canary Person", place);

        assertThat(first).isNotEqualTo(again).isNotEqualTo(othersValue);
        assertThatThrownBy(() -> keys.open(tenant, other, first, place))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not open");
        assertThat(asTenant.allRows(tenant, "personal_data_key")).extracting(row -> row.get("subject_id"))
                .containsExactlyInAnyOrder(member, other);
    }

    @Test
    void aValueMovedToAnotherPlaceOrAlteredDoesNotOpen() {
        String sealed = keys.seal(tenant, member, "Canary Person", place);
        byte[] ciphertext = Base64.getDecoder().decode(sealed.substring(SubjectKeys.SEALED.length()));
        ciphertext[ciphertext.length - 1] ^= 1;
        String altered = SubjectKeys.SEALED + Base64.getEncoder().encodeToString(ciphertext);

        assertThatThrownBy(() -> keys.open(tenant, member, sealed, "VenueIssueReported.reporter/" + place))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not open");
        assertThatThrownBy(() -> keys.open(tenant, member, altered, place))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.open(tenant, member, "Canary Person", place))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a sealed value");
    }

    @Test
    void anotherMasterKeyRefusesClearly() {
        String sealed = keys.seal(tenant, member, "Canary Person", place);
        MasterKey anotherMaster = MasterKey.of(MasterKey.generate());

        assertThatThrownBy(() -> openedElsewhere(anotherMaster, sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forum.personal-data.master-key")
                .hasMessageContaining("not the master key");
    }

    @Test
    void aKeyStoredInTheTableOpensNothingWithoutTheMasterKey() {
        keys.seal(tenant, member, "Canary Person", place);
        byte[] stored = (byte[]) asTenant.allRows(tenant, "personal_data_key").get(0).get("keyset");

        assertThatThrownBy(() -> TinkProtoKeysetFormat.parseKeyset(stored, InsecureSecretKeyAccess.get()))
                .isInstanceOf(GeneralSecurityException.class);
    }

    /** What another instance of the application opens: same database, its own master key and (empty) cache. */
    private Optional<String> openedElsewhere(MasterKey masterKey, String sealed) {
        return transaction.execute(status -> {
            try {
                return new SubjectKeys(rows, tenantScope, masterKey, 10).open(tenant, member, sealed, place);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
