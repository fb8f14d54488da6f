package forum.api.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.google.crypto.tink.subtle.Ed25519Sign;

/**
 * The operator's key that signs the chain's checkpoints: {@code forum.audit.signing-key}, the 32-byte Ed25519 private
 * key (seed), base64. Without it the default run keeps a generated one in its data folder, the throwaway servers of
 * the tests one per JVM, and a run on external servers refuses to start. Checkpoints signed with an earlier key stay
 * valid while its public key is listed in {@code forum.audit.trusted-public-keys} (base64, comma-separated).
 */
@Component
public class SigningKey {

    public static final String PROPERTY = "forum.audit.signing-key";
    static final String FILE = "audit-signing-key";

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static String throwawayKey;

    private final Ed25519Sign signer;
    private final byte[] publicKey;
    private final Set<String> trusted = new HashSet<>();

    @Autowired
    SigningKey(Environment environment) {
        this(chosen(environment), environment.getProperty("forum.audit.trusted-public-keys", ""));
    }

    private SigningKey(String base64Seed, String trustedKeys) {
        try {
            byte[] seed = Base64.getDecoder().decode(base64Seed);
            Ed25519Sign.KeyPair pair = Ed25519Sign.KeyPair.newKeyPairFromSeed(seed);
            this.signer = new Ed25519Sign(pair.getPrivateKey());
            this.publicKey = pair.getPublicKey();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " is not a base64 Ed25519 private key of 32 bytes", e);
        }
        trusted.add(Base64.getEncoder().encodeToString(publicKey));
        Arrays.stream(trustedKeys.split(",")).map(String::trim).filter(key -> !key.isEmpty()).forEach(trusted::add);
    }

    /** A key of its own, for tests of a verifier that does not trust it. */
    static SigningKey of(String base64Seed) {
        return new SigningKey(base64Seed, "");
    }

    /** A new private key's property value. */
    public static String generate() {
        try {
            return Base64.getEncoder().encodeToString(Ed25519Sign.KeyPair.newKeyPair().getPrivateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate an Ed25519 key", e);
        }
    }

    byte[] sign(byte[] message) {
        try {
            return signer.sign(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a checkpoint", e);
        }
    }

    /**
     * Signs an exported bundle's manifest, its bytes as they are: a manifest is JSON and a checkpoint's message begins
     * with its version tag, so neither signature can pass for the other.
     */
    public byte[] signManifest(byte[] manifest) {
        return sign(manifest);
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The current key's, or one listed as trusted after a rotation. */
    boolean trusts(byte[] key) {
        return trusted.contains(Base64.getEncoder().encodeToString(key));
    }

    private static String chosen(Environment environment) {
        String configured = environment.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        String servers = environment.getProperty("forum.infra.servers", "persistent").toLowerCase(Locale.ROOT);
        return switch (servers) {
            case "external" -> throw new IllegalStateException("forum.infra.servers=external but " + PROPERTY
                    + " not set: give the Ed25519 private key (32 bytes, base64) that signs the event chain's"
                    + " checkpoints (docs/audit.md, Tamper evidence)");
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

    /** The default run's key, generated at its first start. */
    static String keptIn(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path fresh = Files.createTempFile(file.getParent(), FILE, ".new");
                try {
                    Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    log.debug("{} keeps the file system's default permissions", fresh);
                }
                Files.writeString(fresh, generate());
                Files.move(fresh, file);
                log.info("Generated the key that signs the event chain's checkpoints in {}; set {} when running on"
                        + " servers of your own", file, PROPERTY);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the audit signing key in " + file, e);
        }
    }
}
