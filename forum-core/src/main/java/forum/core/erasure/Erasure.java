package forum.core.erasure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import forum.core.shared.DomainRuleViolation;
import forum.core.shared.Require;

/** One erasure of a tenant's data subjects; it happens once and is never changed. */
public class Erasure {

    /** At most this many subjects in one erasure: one person's places, or one retention run's batch. */
    public static final int MAX_SUBJECTS = 1_000;

    private static final Pattern SUBJECT = Pattern.compile(
            "[a-z]+(-[a-z]+)*:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @AggregateIdentifier
    private UUID erasureId;

    // Axon needs a no-arg constructor to rebuild the aggregate from its events.
    public Erasure() {
    }

    @CommandHandler
    public Erasure(ErasePersonalData command) {
        Require.present(command.tenantId(), "tenantId");
        Require.present(command.erasureId(), "erasureId");
        Require.present(command.reason(), "reason");
        List<String> subjects = Require.elements(Require.present(command.subjects(), "subjects"), "subjects",
                MAX_SUBJECTS);
        if (subjects.isEmpty()) {
            throw new DomainRuleViolation("erasure.no-subjects", "subjects", "An erasure names at least one subject");
        }
        for (String subject : subjects) {
            if (subject == null || !SUBJECT.matcher(subject).matches()) {
                throw new DomainRuleViolation("erasure.subject-format", "subjects",
                        "A subject is <kind>:<uuid>, e.g. member:0b6f...; not " + subject);
            }
        }
        apply(new PersonalDataErased(command.tenantId(), command.erasureId(),
                subjects.stream().distinct().sorted().toList(), command.reason()));
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        erasureId = event.erasureId();
    }
}
