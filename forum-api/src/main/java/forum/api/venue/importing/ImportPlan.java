package forum.api.venue.importing;

import java.util.List;

/** What importing a file would do, line by line, and every problem that keeps it from being imported. */
record ImportPlan(int venueLines, List<ImportStep> steps, List<ImportProblem> problems) {

    ImportPlan {
        steps = List.copyOf(steps);
        problems = List.copyOf(problems);
    }

    boolean clean() {
        return problems.isEmpty();
    }

    long count(ImportStep.Action action) {
        return steps.stream().filter(step -> step.action() == action).count();
    }
}
