package forum.projections.casetimeline;

/**
 * The free text of a case event, e.g. label {@code description} of an issue or {@code reason} of a revocation.
 * May contain personal data.
 */
public record FreeText(String label, String text) {
}
