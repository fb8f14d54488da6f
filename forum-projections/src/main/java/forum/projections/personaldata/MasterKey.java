package forum.projections.personaldata;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;

/**
 * The key that encrypts every data subject's key in the database. It comes from {@code forum.personal-data.master-key}
 * (a Tink AEAD keyset, binary, base64); without it, the default run keeps a generated one in its data folder, the
 * throwaway servers of the tests one in memory, and a run on external servers refuses to start.
 */
@Component
public class MasterKey {

    public static final String PROPERTY = "forum.personal-data.master-key";
    static final String FILE = "personal-data-master-key";

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

    /** One per test JVM: the throwaway database outlives a test's application context, its keys must too. */
    private static String throwawayKey;

    private final Aead aead;

    @Autowired
    MasterKey(Environment environment) {
        this(chosen(environment));
    }

    private MasterKey(String base64Keyset) {
        this.aead = parsed(base64Keyset);
    }

    /** A master key from its property's value; refuses a value that is not a base64 Tink AEAD keyset. */
    public static MasterKey of(String base64Keyset) {
        return new MasterKey(base64Keyset);
    }

    /** A new master key's property value: a fresh AES256-GCM keyset, base64. */
    public static String generate() {
        try {
            AeadConfig.register();
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return Base64.getEncoder().encodeToString(
                    TinkProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate a master key for personal data", e);
        }
    }

    Aead aead() {
        return aead;
    }

    private static String chosen(Environment environment) {
        String configured = environment.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        String servers = environment.getProperty("forum.infra.servers", "persistent").toLowerCase(Locale.ROOT);
        return switch (servers) {
            case "external" -> throw new IllegalStateException("forum.infra.servers=external but " + PROPERTY
                    + " not set: give the master key of personal data (a base64 Tink AEAD keyset; the one the keys"
                    + " in personal_data_key were stored under)");
            case "throwaway" -> throwawayKey();
            default -> keptIn(Path.of(environment.getProperty("forum.infra.data-directory",
                    Path.of(System.getProperty("user.home"), ".forum").toString())).resolve(FILE));
        };
    }

    private static synchronized String throwawayKey() {
        if (throwawayKey == null) {
            throwawayKey = generate();
        }
        return throwawayKey;
    }

    /** The default run's key, generated at its first start: whoever has the data folder can open its personal data. */
    static String keptIn(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path fresh = Files.createTempFile(file.getParent(), FILE, ".new");
                setOwnerOnly(fresh);
                Files.writeString(fresh, generate());
                Files.move(fresh, file);
                log.info("Generated the master key of personal data in {}; set {} when running on servers of your own",
                        file, PROPERTY);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the master key of personal data in " + file, e);
        }
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.debug("{} keeps the file system's default permissions", file);
        }
    }

    private static Aead parsed(String base64Keyset) {
        try {
            AeadConfig.register();
            KeysetHandle keyset = TinkProtoKeysetFormat.parseKeyset(Base64.getDecoder().decode(base64Keyset),
                    InsecureSecretKeyAccess.get());
            return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " is not a base64 Tink AEAD keyset", e);
        }
    }
}
