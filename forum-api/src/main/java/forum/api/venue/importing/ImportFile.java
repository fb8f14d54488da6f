package forum.api.venue.importing;

import java.util.List;

/** An import file as read: its good lines, every problem found, and how many venue lines it has. */
record ImportFile(List<ImportLine> lines, List<ImportProblem> problems, int venueLines) {

    ImportFile {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    boolean clean() {
        return problems.isEmpty();
    }
}
