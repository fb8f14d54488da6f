package forum.api.venue.importing;

import java.util.List;

/**
 * What a dry run found or an import did: the venue lines of the file, the venues registered, updated and left as they
 * were (in a dry run: that would be), and the problems; a file with problems imports nothing.
 */
record ImportOutcome(boolean dryRun, boolean imported, int venueLines, long registered, long updated, long unchanged,
                     List<ImportProblem> problems) {

    ImportOutcome {
        problems = List.copyOf(problems);
    }
}
