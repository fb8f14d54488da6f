package forum.api.audit.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.subtle.Ed25519Verify;

import forum.api.audit.chain.ChainHashes;
import forum.api.audit.chain.Chains;
import forum.api.audit.chain.Checkpoint;
import forum.api.audit.chain.StoredEvent;

/**
 * Checks an exported bundle without the service: the manifest's signature (with the bundle's public key, or the one
 * the reader trusts), every file's SHA-256 against the manifest, the checkpoint's signature, each case event's digest
 * recomputed from its stored columns, and the links from the one before the case's first event through every digest
 * to the checkpoint's link. No Spring and no database: {@link ChainHashes} computes what the service computed.
 */
public final class BundleVerifier {

    /** One check, said as what holds when it passes, and whether it passed. */
    public record Check(boolean passed, String what) {
    }

    /** Every check made; valid when all passed. */
    public record Report(List<Check> checks) {

        public boolean valid() {
            return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
        }

        public List<Check> failures() {
            return checks.stream().filter(check -> !check.passed()).toList();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Check> checks = new ArrayList<>();

    private BundleVerifier() {
    }

    /** The bundle's checks; {@code trustedKey} the operator's public key the reader got apart from the bundle. */
    public static Report verify(byte[] zip, Optional<byte[]> trustedKey) {
        BundleVerifier verifier = new BundleVerifier();
        try {
            verifier.run(entries(zip), trustedKey);
        } catch (IOException | RuntimeException unreadable) {
            verifier.fail("the bundle could be read (" + unreadable.getMessage() + ")");
        }
        return new Report(List.copyOf(verifier.checks));
    }

    private void run(Map<String, byte[]> files, Optional<byte[]> trustedKey) throws IOException {
        byte[] manifestBytes = required(files, Bundle.MANIFEST);
        byte[] bundleKey = Base64.getDecoder().decode(text(required(files, Bundle.PUBLIC_KEY)));
        byte[] key = trustedKey.orElse(bundleKey);
        if (trustedKey.isPresent()) {
            check(Arrays.equals(trustedKey.get(), bundleKey), "the bundle's public key is the one given");
        }
        byte[] signature = Base64.getDecoder().decode(text(required(files, Bundle.SIGNATURE)));
        check(ed25519(key, signature, manifestBytes), "the manifest's signature holds for public key "
                + Base64.getEncoder().encodeToString(key));
        JsonNode manifest = JSON.readTree(manifestBytes);
        check(Bundle.FORMAT.equals(manifest.path("format").asText()), "the manifest's format is " + Bundle.FORMAT);

        Set<String> listed = new HashSet<>(Set.of(Bundle.MANIFEST, Bundle.SIGNATURE, Bundle.PUBLIC_KEY));
        for (JsonNode file : manifest.path("files")) {
            String path = file.path("path").asText();
            listed.add(path);
            byte[] content = files.get(path);
            if (content == null) {
                fail("file " + path + " is in the bundle");
            } else {
                check(ChainHashes.hex(sha256(content)).equals(file.path("sha256").asText()),
                        "file " + path + " has the SHA-256 the manifest names");
            }
        }
        files.keySet().stream().filter(path -> !listed.contains(path))
                .forEach(path -> fail("file " + path + " is named in the manifest"));

        JsonNode proof = JSON.readTree(required(files, Bundle.CHAIN_PROOF));
        Checkpoint checkpoint = Checkpoint.ofLine(proof.path("checkpoint").asText());
        check(ChainHashes.signatureHolds(checkpoint) && Arrays.equals(checkpoint.publicKey(), key),
                "the checkpoint after " + checkpoint.eventCount() + " events (global index "
                        + checkpoint.globalIndex() + ", signed " + checkpoint.signedAt() + ") is signed by that key");
        StoredEvent[] events = JSON.readValue(required(files, Bundle.STORED_EVENTS), StoredEvent[].class);
        links(manifest, proof, checkpoint, List.of(events));
    }

    /** Each case event's digest, then the links through every digest to the checkpoint. */
    private void links(JsonNode manifest, JsonNode proof, Checkpoint checkpoint, List<StoredEvent> events) {
        String chain = proof.path("chain").asText();
        check(chain.equals(checkpoint.chain()) && chain.equals(manifest.path("municipality").path("id").asText()),
                "the chain proven is the municipality's");
        boolean period = Bundle.HISTORY_PERIOD.equals(manifest.path("what").asText());
        String caseId = manifest.path("venue").path("id").asText();
        TreeMap<Long, byte[]> digests = new TreeMap<>();
        for (JsonNode digest : proof.path("digests")) {
            digests.put(digest.path("globalIndex").asLong(), ChainHashes.unhex(digest.path("digest").asText()));
        }
        int changed = 0;
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            String where = (period ? "event " : "case event ") + event.eventIdentifier() + " (global index "
                    + event.globalIndex() + ", sequence " + event.sequenceNumber() + ")";
            boolean next = period ? i == 0 || event.globalIndex() > events.get(i - 1).globalIndex()
                    : caseId.equals(event.aggregateIdentifier()) && event.sequenceNumber() == i;
            if (!next || !chain.equals(Chains.of(event))) {
                fail(where + " is the " + (period ? "period's" : "case's") + " next event in the municipality's chain");
                changed++;
                continue;
            }
            byte[] recorded = digests.get(event.globalIndex());
            if (recorded == null || !Arrays.equals(recorded, ChainHashes.digest(event))) {
                fail(where + " matches the digest the chain recorded (its content differs)");
                changed++;
            }
        }
        if (changed == 0) {
            check(!events.isEmpty(), "all " + events.size() + " events match the digests the chain recorded");
        }
        if (period && !events.isEmpty()) {
            // A period holds every event of the chain between its first and its last: none left out.
            Set<Long> held = new HashSet<>();
            events.forEach(event -> held.add(event.globalIndex()));
            List<Long> missing = digests.subMap(events.get(0).globalIndex(), true,
                    events.get(events.size() - 1).globalIndex(), true).keySet().stream()
                    .filter(index -> !held.contains(index)).toList();
            check(missing.isEmpty(), "the period holds every event of the chain from its first to its last"
                    + (missing.isEmpty() ? "" : " (left out: global index " + missing + ")"));
        }
        byte[] link = ChainHashes.unhex(proof.path("linkBefore").asText());
        for (byte[] digest : digests.values()) {
            link = ChainHashes.link(link, digest);
        }
        long count = proof.path("eventsBefore").asLong() + digests.size();
        boolean reaches = !digests.isEmpty() && digests.lastKey() == checkpoint.globalIndex()
                && count == checkpoint.eventCount() && Arrays.equals(link, checkpoint.link());
        boolean startsAtCase = events.isEmpty() || digests.isEmpty()
                || digests.firstKey() == events.get(0).globalIndex();
        check(reaches && startsAtCase, "the links through " + digests.size() + " digests (global index "
                + (digests.isEmpty() ? "-" : digests.firstKey() + " to " + digests.lastKey())
                + ") reach the checkpoint's link " + ChainHashes.hex(checkpoint.link()));
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && files.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new IOException("the bundle holds " + entry.getName() + " twice");
                }
            }
        }
        return files;
    }

    private static byte[] required(Map<String, byte[]> files, String path) throws IOException {
        byte[] content = files.get(path);
        if (content == null) {
            throw new IOException("the bundle has no " + path);
        }
        return content;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII).trim();
    }

    private static boolean ed25519(byte[] key, byte[] signature, byte[] message) {
        try {
            new Ed25519Verify(key).verify(signature, message);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException badSignature) {
            return false;
        }
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private void check(boolean passed, String what) {
        checks.add(new Check(passed, what));
    }

    private void fail(String what) {
        check(false, what);
    }
}
