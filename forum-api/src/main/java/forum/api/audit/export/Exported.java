package forum.api.audit.export;

/** A bundle and the name to save it under. */
public record Exported(String fileName, byte[] zip) {
}
