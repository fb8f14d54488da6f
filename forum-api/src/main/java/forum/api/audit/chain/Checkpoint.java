package forum.api.audit.chain;

import java.time.Instant;
import java.util.Base64;

/**
 * A chain's state after its first {@code eventCount} events (the last at {@code globalIndex}), signed with the
 * operator's Ed25519 key. Its line in a checkpoint file: the fields separated by spaces, bytes in hex.
 */
public record Checkpoint(String chain, long eventCount, long globalIndex, byte[] link, Instant signedAt,
                         byte[] publicKey, byte[] signature) {

    public String line() {
        return String.join(" ", chain, Long.toString(eventCount), Long.toString(globalIndex),
                ChainHashes.hex(link), signedAt.toString(), ChainHashes.hex(publicKey), ChainHashes.hex(signature));
    }

    /** A line of a checkpoint file; refuses anything else. */
    public static Checkpoint ofLine(String line) {
        String[] fields = line.trim().split(" ");
        if (fields.length != 7) {
            throw new IllegalArgumentException("Not a checkpoint line: " + line);
        }
        return new Checkpoint(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                ChainHashes.unhex(fields[3]), Instant.parse(fields[4]), ChainHashes.unhex(fields[5]),
                ChainHashes.unhex(fields[6]));
    }

    /** The public key as operators write it in forum.audit.trusted-public-keys. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey);
    }
}
