package forum.api.audit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import forum.api.audit.chain.ChainHashes;
import forum.api.audit.chain.ChainProofs;
import forum.api.audit.chain.SigningKey;

/** Writes a bundle's files as JSON, lists them with their SHA-256 in the manifest, signs it and zips the lot. */
@Component
class BundleWriter {

    private final SigningKey key;
    private final ObjectMapper json;

    BundleWriter(SigningKey key, ObjectMapper json) {
        this.key = key;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    byte[] json(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String publicKey() {
        return Base64.getEncoder().encodeToString(key.publicKey());
    }

    /** The bundle: {@code manifest} (what, who, when...) completed with the files' list and signed. */
    byte[] zip(Map<String, Object> manifest, Map<String, byte[]> files) {
        List<Map<String, Object>> listed = new ArrayList<>();
        files.forEach((path, content) -> listed.add(Map.of("path", path,
                "sha256", ChainHashes.hex(BundleVerifier.sha256(content)), "bytes", content.length)));
        Map<String, Object> complete = new LinkedHashMap<>(manifest);
        complete.put("files", listed);
        complete.put("signature", Map.of("algorithm", "Ed25519", "over", Bundle.MANIFEST,
                "file", Bundle.SIGNATURE, "publicKey", Bundle.PUBLIC_KEY));
        byte[] manifestBytes = json(complete);
        Map<String, byte[]> bundle = new LinkedHashMap<>();
        bundle.put(Bundle.MANIFEST, manifestBytes);
        bundle.put(Bundle.SIGNATURE, ascii(Base64.getEncoder().encodeToString(key.signManifest(manifestBytes))));
        bundle.put(Bundle.PUBLIC_KEY, ascii(publicKey()));
        bundle.putAll(files);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : bundle.entrySet()) {
                zip.putNextEntry(stored(file.getKey(), file.getValue()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chain's proof as {@link Bundle#CHAIN_PROOF} holds it. */
    byte[] proof(ChainProofs.Proof proof) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("chain", proof.chain());
        out.put("eventsBefore", proof.eventsBefore());
        out.put("linkBefore", ChainHashes.hex(proof.linkBefore()));
        out.put("digests", proof.digests().stream().map(digest -> Map.of("globalIndex", digest.globalIndex(),
                "digest", ChainHashes.hex(digest.digest()))).toList());
        out.put("checkpoint", proof.checkpoint().line());
        return json(out);
    }

    /** Who exported, as the manifest names them. */
    static Map<String, Object> exporter(forum.api.security.ForumUser user) {
        return Map.of("accountId", user.userId().toString(), "name", user.displayName(),
                "roles", user.roles().stream().map(Enum::name).sorted().toList());
    }

    /**
     * Uncompressed: the bundle's words stay readable in the raw file, so that a search of it (and the tenant
     * isolation test's look for another municipality's data in an answer) sees what it holds.
     */
    private static ZipEntry stored(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        return entry;
    }

    private static byte[] ascii(String text) {
        return (text + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
