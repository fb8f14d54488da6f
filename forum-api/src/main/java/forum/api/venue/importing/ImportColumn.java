package forum.api.venue.importing;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an import file, named as the commands' fields. A header matches ignoring case, spaces, '_' and '-'
 * ({@code licence_number}, {@code Licence number}); other columns are ignored.
 */
enum ImportColumn {
    LICENCE_NUMBER("licenceNumber", true),
    NAME("name", true),
    ADDRESS("address", true),
    LICENCE_HOLDER("licenceHolder", true),
    LICENCE_KIND("licenceKind", true),
    SERVING_HOURS("servingHours", true),
    LICENCE_VALID_FROM("licenceValidFrom", false),
    LICENCE_VALID_TO("licenceValidTo", false);

    private final String field;
    private final boolean required;

    ImportColumn(String field, boolean required) {
        this.field = field;
        this.required = required;
    }

    String field() {
        return field;
    }

    boolean required() {
        return required;
    }

    static Optional<ImportColumn> ofHeader(String header) {
        String key = folded(header);
        for (ImportColumn column : values()) {
            if (folded(column.field).equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String folded(String header) {
        return header.replace("\uFEFF", "").replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
