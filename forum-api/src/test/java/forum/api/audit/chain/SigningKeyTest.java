package forum.api.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class SigningKeyTest {

    @Test
    void onExternalServersTheSigningKeyMustBeGiven() {
        MockEnvironment production = new MockEnvironment().withProperty("forum.infra.servers", "external");

        assertThatThrownBy(() -> new SigningKey(production)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("forum.infra.servers=external but forum.audit.signing-key not set");
        assertThat(new SigningKey(production.withProperty(SigningKey.PROPERTY, SigningKey.generate())).publicKey())
                .hasSize(32);
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesIsRefused() {
        assertThatThrownBy(() -> SigningKey.of("c2hvcnQ=")).isInstanceOf(IllegalStateException.class)
                .hasMessage("forum.audit.signing-key is not a base64 Ed25519 private key of 32 bytes");
    }

    @Test
    void theDefaultRunKeepsTheKeyItGeneratedInItsDataFolder(@TempDir Path data) throws Exception {
        MockEnvironment defaultRun = new MockEnvironment().withProperty("forum.infra.data-directory", data.toString());

        byte[] first = new SigningKey(defaultRun).publicKey();
        byte[] again = new SigningKey(defaultRun).publicKey();

        assertThat(again).isEqualTo(first);
        assertThat(Files.exists(data.resolve(SigningKey.FILE))).isTrue();
    }

    @Test
    void aCheckpointSignedHoldsUntilAnyFieldChangesAndTrustSurvivesARotation() {
        SigningKey old = SigningKey.of(SigningKey.generate());
        Checkpoint signed = signed(old, new Checkpoint("network", 3, 17, new byte[32], Instant.parse(
                "2026-12-07T10:15:30.123456Z"), old.publicKey(), new byte[0]));

        assertThat(ChainHashes.signatureHolds(signed)).isTrue();
        assertThat(ChainHashes.signatureHolds(Checkpoint.ofLine(signed.line()))).isTrue();
        assertThat(ChainHashes.signatureHolds(new Checkpoint("network", 2, 17, signed.link(), signed.signedAt(),
                signed.publicKey(), signed.signature()))).isFalse();
        assertThat(ChainHashes.signatureHolds(new Checkpoint("network", 3, 17, new byte[] {1}, signed.signedAt(),
                signed.publicKey(), signed.signature()))).isFalse();

        MockEnvironment rotated = new MockEnvironment().withProperty(SigningKey.PROPERTY, SigningKey.generate());
        assertThat(new SigningKey(rotated).trusts(old.publicKey())).isFalse();
        rotated.setProperty("forum.audit.trusted-public-keys", Base64.getEncoder().encodeToString(old.publicKey()));
        assertThat(new SigningKey(rotated).trusts(old.publicKey())).isTrue();
    }

    private static Checkpoint signed(SigningKey key, Checkpoint unsigned) {
        return new Checkpoint(unsigned.chain(), unsigned.eventCount(), unsigned.globalIndex(), unsigned.link(),
                unsigned.signedAt(), unsigned.publicKey(), key.sign(ChainHashes.checkpointMessage(unsigned)));
    }
}
