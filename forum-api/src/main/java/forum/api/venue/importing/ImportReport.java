package forum.api.venue.importing;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The answer of an import or its dry run. In a dry run {@code registered}, {@code updated} and {@code unchanged} count
 * what the import would do; {@code imported} is true only when an import ran. Each problem names its line (the
 * header is line 1), its column and why, in the person's language.
 */
public record ImportReport(boolean dryRun, boolean imported, int venueLines, long registered, long updated,
                           long unchanged, List<Problem> problems) {

    public record Problem(int line, String field, String code, String message) {
    }

    static ImportReport of(ImportOutcome outcome, MessageSource words, Locale locale) {
        return new ImportReport(outcome.dryRun(), outcome.imported(), outcome.venueLines(), outcome.registered(),
                outcome.updated(), outcome.unchanged(), outcome.problems().stream()
                .map(problem -> new Problem(problem.line(), problem.field(), problem.code(),
                        words.getMessage("venue.import.problem." + problem.code(), null, locale)))
                .toList());
    }
}
