package forum.api.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.google.crypto.tink.subtle.Ed25519Verify;

/**
 * The chain's arithmetic, without Spring, so that an offline verifier of an exported bundle computes exactly what the
 * service does. An event's digest is SHA-256 over its canonical content: a version tag, then every stored column in
 * a fixed order, each length-prefixed (4 bytes, big-endian; -1 for a null), numbers as 8 bytes big-endian, text as
 * UTF-8, payload and metadata as the stored bytes. A link is SHA-256 over the previous link and the digest; the link
 * before a chain's first event is 32 zero bytes. A checkpoint signs its text form (see {@link #checkpointMessage}).
 */
public final class ChainHashes {

    /** The link before a chain's first event. */
    public static final byte[] GENESIS = new byte[32];
    private static final byte[] DIGEST_VERSION = "forum-event-digest/1".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private ChainHashes() {
    }

    public static byte[] digest(StoredEvent event) {
        ByteArrayOutputStream content = new ByteArrayOutputStream(256 + event.payload().length
                + (event.metaData() == null ? 0 : event.metaData().length));
        field(content, DIGEST_VERSION);
        field(content, ByteBuffer.allocate(8).putLong(event.globalIndex()).array());
        field(content, text(event.eventIdentifier()));
        field(content, text(event.aggregateIdentifier()));
        field(content, ByteBuffer.allocate(8).putLong(event.sequenceNumber()).array());
        field(content, text(event.type()));
        field(content, text(event.timeStamp()));
        field(content, text(event.payloadType()));
        field(content, text(event.payloadRevision()));
        field(content, event.payload());
        field(content, event.metaData());
        return sha256().digest(content.toByteArray());
    }

    public static byte[] link(byte[] previousLink, byte[] digest) {
        MessageDigest sha = sha256();
        sha.update(previousLink);
        return sha.digest(digest);
    }

    /**
     * What a checkpoint's signature covers, one field a line: a version tag, the chain, the number of events chained,
     * the global index of the last of them, the link after it (hex) and when it was signed (ISO-8601 instant).
     */
    public static byte[] checkpointMessage(Checkpoint checkpoint) {
        return ("forum-chain-checkpoint/1\n" + checkpoint.chain() + "\n" + checkpoint.eventCount() + "\n"
                + checkpoint.globalIndex() + "\n" + hex(checkpoint.link()) + "\n" + checkpoint.signedAt() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** True when the checkpoint's signature is its own public key's over its message. */
    public static boolean signatureHolds(Checkpoint checkpoint) {
        try {
            new Ed25519Verify(checkpoint.publicKey()).verify(checkpoint.signature(), checkpointMessage(checkpoint));
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException badSignature) {
            return false;
        }
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    public static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream content, byte[] bytes) {
        int length = bytes == null ? -1 : bytes.length;
        content.write(length >>> 24);
        content.write(length >>> 16);
        content.write(length >>> 8);
        content.write(length);
        if (bytes != null) {
            content.write(bytes, 0, bytes.length);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
