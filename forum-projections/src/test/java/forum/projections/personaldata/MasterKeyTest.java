package forum.projections.personaldata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeyTest {

    @Test
    void onExternalServersTheMasterKeyMustBeGiven() {
        MockEnvironment production = new MockEnvironment().withProperty("forum.infra.servers", "external");

        assertThatThrownBy(() -> new MasterKey(production)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("forum.infra.servers=external but forum.personal-data.master-key not set");
        assertThat(new MasterKey(production.withProperty(MasterKey.PROPERTY, MasterKey.generate())).aead())
                .isNotNull();
    }

    @Test
    void aMasterKeyThatIsNoKeysetIsRefused() {
        assertThatThrownBy(() -> MasterKey.of("bm90IGEga2V5c2V0")).isInstanceOf(IllegalStateException.class)
                .hasMessage("forum.personal-data.master-key is not a base64 Tink AEAD keyset");
        assertThatThrownBy(() -> MasterKey.of("not base64!")).isInstanceOf(IllegalStateException.class)
                .hasMessage("forum.personal-data.master-key is not a base64 Tink AEAD keyset");
    }

    @Test
    void theDefaultRunKeepsTheKeyItGeneratedInItsDataFolder(@TempDir Path data) throws Exception {
        MockEnvironment defaultRun = new MockEnvironment().withProperty("forum.infra.data-directory", data.toString());

        new MasterKey(defaultRun);
        String kept = Files.readString(data.resolve(MasterKey.FILE));
        new MasterKey(defaultRun);

        assertThat(Files.readString(data.resolve(MasterKey.FILE))).isEqualTo(kept);
        assertThat(MasterKey.keptIn(data.resolve(MasterKey.FILE))).isEqualTo(kept);
        assertThat(Files.getPosixFilePermissions(data.resolve(MasterKey.FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
}
