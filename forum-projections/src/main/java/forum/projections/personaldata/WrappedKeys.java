package forum.projections.personaldata;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A data subject's key as the key table stores it, wrapped by the master key and bound to its row.
 *
 * <p>A key is an AES256-GCM key with a Tink id, stored as {@value #RAW} followed by the master key's encryption of
 * the id and the key's 32 bytes. Opening one is a decryption and a primitive: a rebuild opens a key for each issue
 * it replays, and a Tink keyset's parse and primitive cost several times that (BENCHMARKS.md). The values carry the
 * same Tink prefix (1, then the key's id) as a keyset's would. Keys stored before as Tink encrypted keysets (a
 * protobuf, whose first byte is 0x12, never {@value #RAW}) still open.
 */
final class WrappedKeys {

    private static final byte RAW = 2;
    private static final int KEY_BYTES = 32;
    private static final AesGcmParameters PARAMETERS = parameters();

    private final Aead masterKey;
    private final SecureRandom random = new SecureRandom();

    WrappedKeys(Aead masterKey) {
        this.masterKey = masterKey;
    }

    /** A new key for the subject, wrapped. */
    byte[] create(DataSubject subject) throws GeneralSecurityException {
        ByteBuffer plain = ByteBuffer.allocate(4 + KEY_BYTES);
        plain.putInt(keyId());
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        plain.put(key);
        byte[] wrapped = masterKey.encrypt(plain.array(), subject.keysetBinding());
        Arrays.fill(plain.array(), (byte) 0);
        Arrays.fill(key, (byte) 0);
        byte[] stored = new byte[wrapped.length + 1];
        stored[0] = RAW;
        System.arraycopy(wrapped, 0, stored, 1, wrapped.length);
        return stored;
    }

    /** The subject's key from its stored form; refuses one wrapped by another master key or for another row. */
    Aead open(DataSubject subject, byte[] stored) throws GeneralSecurityException {
        if (!isRaw(stored)) {
            return keyset(subject, stored).getPrimitive(RegistryConfiguration.get(), Aead.class);
        }
        ByteBuffer plain = ByteBuffer.wrap(unwrap(subject, stored));
        int id = plain.getInt();
        byte[] key = new byte[KEY_BYTES];
        plain.get(key);
        try {
            return AesGcmJce.create(AesGcmKey.builder().setParameters(PARAMETERS).setIdRequirement(id)
                    .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get())).build());
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(plain.array(), (byte) 0);
        }
    }

    /** The Tink ids of the key(s) stored: what the erased subject's values name in their prefix. */
    Integer[] keyIds(DataSubject subject, byte[] stored) throws GeneralSecurityException {
        if (isRaw(stored)) {
            return new Integer[] {ByteBuffer.wrap(unwrap(subject, stored)).getInt()};
        }
        KeysetHandle keyset = keyset(subject, stored);
        Integer[] ids = new Integer[keyset.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = keyset.getAt(i).getId();
        }
        return ids;
    }

    private byte[] unwrap(DataSubject subject, byte[] stored) throws GeneralSecurityException {
        return masterKey.decrypt(Arrays.copyOfRange(stored, 1, stored.length), subject.keysetBinding());
    }

    private KeysetHandle keyset(DataSubject subject, byte[] stored) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseEncryptedKeyset(stored, masterKey, subject.keysetBinding());
    }

    private static boolean isRaw(byte[] stored) {
        return stored.length > 1 && stored[0] == RAW;
    }

    /** A key id as Tink makes them: random, never 0. */
    private int keyId() {
        int id;
        do {
            id = random.nextInt();
        } while (id == 0);
        return id;
    }

    private static AesGcmParameters parameters() {
        try {
            return AesGcmParameters.builder().setKeySizeBytes(KEY_BYTES).setIvSizeBytes(12).setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.TINK).build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
