package forum.api.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;

import forum.api.security.ForumUser;

/**
 * The demo's year as commands, each at the time it would have been sent and by whom: the municipalities' plans
 * add their steps in any order, and the year is then lived in order of time (steps at the same time in the order
 * they were added), so that every aggregate's events follow each other as in real use.
 */
final class DemoTimeline {

    private record Step(Instant at, ForumUser actor, Object command, int order) {
    }

    private final List<Step> steps = new ArrayList<>();

    void at(Instant at, ForumUser actor, Object command) {
        steps.add(new Step(at, actor, command, steps.size()));
    }

    /** Sends every step at its time; must run inside {@link DemoClock#whileLivingThePast}. Answers how many. */
    int live(CommandGateway commands) {
        steps.stream()
                .sorted(Comparator.comparing(Step::at).thenComparingInt(Step::order))
                .forEach(step -> {
                    DemoClock.travelTo(step.at());
                    ActingAs.run(step.actor(), () -> commands.sendAndWait(step.command()));
                });
        DemoClock.backToThePresent();
        return steps.size();
    }
}
