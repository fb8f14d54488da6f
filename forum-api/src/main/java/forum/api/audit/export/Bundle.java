package forum.api.audit.export;

/**
 * The names inside an exported bundle (a zip). The manifest lists every other file but the signature and the public
 * key with its SHA-256; the signature is Ed25519 over the manifest's bytes as they are, both base64 text.
 */
public final class Bundle {

    public static final String FORMAT = "forum-case-bundle/1";
    /** The manifest's {@code what}: one venue's case, or every event of the municipality in a period. */
    public static final String VENUE_CASE = "venue-case";
    public static final String HISTORY_PERIOD = "history-period";
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "signature";
    public static final String PUBLIC_KEY = "public-key";
    public static final String STORED_EVENTS = "events/stored.json";
    public static final String READABLE_EVENTS = "events/readable.json";
    public static final String CHAIN_PROOF = "chain/proof.json";
    public static final String CASE_FILE_PDF = "case-file.pdf";
    public static final String HISTORY_PDF = "history.pdf";
    public static final String AS_OF_FOLDER = "as-of/";

    private Bundle() {
    }
}
