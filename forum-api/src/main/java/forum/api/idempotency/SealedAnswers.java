package forum.api.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the table keeps of a key and its answer, so that it tells nothing to someone who reads it without the key:
 * the key only as its SHA-256, the answer's body encrypted (AES-GCM) under a secret derived from the key. Only the
 * client that holds the key can have the answer replayed, and an answer that carries a credential (an invitation's
 * token) is never readable at rest. Keys should be random (a UUID): a guessable key protects its answer no better
 * than a guessable password.
 */
final class SealedAnswers {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] PURPOSE = "forum idempotent answer v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedAnswers() {
    }

    /** The key as stored: its SHA-256 in hex, the same 64 characters whatever the key's length. */
    static String lookup(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static byte[] seal(String key, byte[] body) {
        if (body == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, secret(key), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(body);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing an answer failed", e);
        }
    }

    static byte[] open(String key, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, secret(key), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored answer does not open with its own key", e);
        }
    }

    /** HMAC-SHA256 keyed by the client's key (HKDF's extract step): unrelated to the SHA-256 that is stored. */
    private static SecretKeySpec secret(String key) throws GeneralSecurityException {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return new SecretKeySpec(hmac.doFinal(PURPOSE), "AES");
    }
}
