package forum.api.consistency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A position as the opaque token clients echo. Signed, so that a client can only await positions the server gave
 * it: an unsigned token would let anyone ask, through how long a read waits, how far another municipality's
 * aggregates have come. API instances that serve the same clients need the same secret.
 */
public final class PositionTokens {

    private static final String VERSION = "p1";
    private static final int MAX_LENGTH = 4096;
    private static final int MAX_AGGREGATES = 100;
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    private PositionTokens(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public static PositionTokens withSecret(String secret) {
        return new PositionTokens(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Tokens only this instance, until it stops, can read. */
    public static PositionTokens withRandomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new PositionTokens(secret);
    }

    /** Whether a token can carry the position: one that names more aggregates than a token may is not given out. */
    public boolean carries(Position position) {
        return position.sequences().size() <= MAX_AGGREGATES;
    }

    public String encode(Position position) {
        StringBuilder lines = new StringBuilder();
        position.sequences().forEach((aggregate, sequence) -> lines.append(sequence).append(':').append(aggregate)
                .append('\n'));
        byte[] payload = lines.toString().getBytes(StandardCharsets.UTF_8);
        return VERSION + "." + ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(signature(payload));
    }

    /** The position, if the token is one this server (or one sharing its secret) gave out. */
    public Optional<Position> decode(String token) {
        String[] parts = token.length() > MAX_LENGTH ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(parts[1]);
            if (!MessageDigest.isEqual(signature(payload), DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            return read(new String(payload, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Position> read(String payload) {
        String[] lines = payload.isEmpty() ? new String[0] : payload.split("\n");
        if (lines.length > MAX_AGGREGATES) {
            return Optional.empty();
        }
        Map<String, Long> sequences = new HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 1 || colon == line.length() - 1) {
                return Optional.empty();
            }
            sequences.put(line.substring(colon + 1), Long.parseLong(line.substring(0, colon)));
        }
        return Optional.of(new Position(sequences));
    }

    private byte[] signature(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), SIGNATURE_BYTES);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", missing);
        }
    }
}
