package forum.api.venue.importing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import forum.core.venue.LicenceKind;

/**
 * A licence kind as a file writes it: the code ({@code PERMANENT_PUBLIC}, any case, '-' or ' ' for '_'), or the
 * word of a Danish, Swedish or Norwegian register for it (docs/venue-import.md lists them).
 */
final class LicenceKinds {

    private static final Map<String, LicenceKind> WORDS = Map.ofEntries(
            Map.entry("alkoholbevilling", LicenceKind.PERMANENT_PUBLIC),
            Map.entry("almindelig bevilling", LicenceKind.PERMANENT_PUBLIC),
            Map.entry("stadigvarande tillstånd", LicenceKind.PERMANENT_PUBLIC),
            Map.entry("allmänheten", LicenceKind.PERMANENT_PUBLIC),
            Map.entry("alminnelig skjenkebevilling", LicenceKind.PERMANENT_PUBLIC),
            Map.entry("alminnelig", LicenceKind.PERMANENT_PUBLIC),
            Map.entry("slutet sällskap", LicenceKind.PERMANENT_PRIVATE_FUNCTIONS),
            Map.entry("sluttet selskap", LicenceKind.PERMANENT_PRIVATE_FUNCTIONS),
            Map.entry("lejlighedsbevilling", LicenceKind.TEMPORARY),
            Map.entry("tillfälligt tillstånd", LicenceKind.TEMPORARY),
            Map.entry("enkelt anledning", LicenceKind.TEMPORARY),
            Map.entry("cateringtillstånd", LicenceKind.CATERING),
            Map.entry("ambulerende", LicenceKind.CATERING));

    private LicenceKinds() {
    }

    static Optional<LicenceKind> of(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        String code = word.replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        for (LicenceKind kind : LicenceKind.values()) {
            if (kind.name().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.ofNullable(WORDS.get(word));
    }
}
