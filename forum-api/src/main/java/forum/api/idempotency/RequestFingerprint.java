package forum.api.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What makes two requests "the same": method, path and body. A JSON body is compared by content, so a
 * client that re-serializes with other spacing or key order still retries the same request.
 */
final class RequestFingerprint {

    private final ObjectMapper canonical;

    RequestFingerprint(ObjectMapper json) {
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    String of(String method, String path, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8));
            sha256.update(canonicalBody(body));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private byte[] canonicalBody(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            return canonical.writeValueAsBytes(canonical.readValue(body, Object.class));
        } catch (IOException notJson) {
            return body;
        }
    }
}
