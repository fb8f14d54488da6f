package forum.core.training;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import forum.core.agreement.VenueDirectory;
import forum.core.shared.DomainRuleViolation;
import forum.core.shared.Require;

public class Training {

    static final int MAX_STAFF = 10_000;
    static final int MAX_VALID_MONTHS = 120;

    @AggregateIdentifier
    private UUID trainingId;

    // Axon needs a no-arg constructor to rebuild the aggregate from its events.
    protected Training() {
    }

    @CommandHandler
    public Training(RecordTraining command, VenueDirectory venues, Clock clock) {
        Require.present(command.tenantId(), "tenantId");
        Require.present(command.trainingId(), "trainingId");
        Require.present(command.venueId(), "venueId");
        // An unknown venue (or another municipality's) is not found, whatever else the command says.
        if (!venues.exists(command.tenantId(), command.venueId())) {
            throw DomainRuleViolation.notFound("training.unknown-venue", "venueId", "No such venue");
        }
        CourseKind kind = Require.present(command.kind(), "kind");
        Require.text(command.provider(), "provider", Require.NAME);
        LocalDate trainedOn = Require.present(command.trainedOn(), "trainedOn");
        if (trainedOn.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1))) {
            throw new DomainRuleViolation("training.held-in-future", "trainedOn",
                    "A training is recorded once it was held");
        }
        Require.range(command.staffTrained(), "staffTrained", 1, MAX_STAFF);
        int validMonths;
        if (kind == CourseKind.OTHER) {
            Require.text(command.courseName(), "courseName", Require.NAME);
            validMonths = Require.range(Require.present(command.validMonths(), "validMonths"), "validMonths", 1,
                    MAX_VALID_MONTHS);
        } else {
            if (command.courseName() != null || command.validMonths() != null) {
                throw new DomainRuleViolation("training.kind-has-its-own-validity", "validMonths",
                        "Only a course of another kind states its name and validity");
            }
            validMonths = kind.validMonths();
        }
        apply(new TrainingRecorded(command.tenantId(), command.trainingId(), command.venueId(), kind,
                command.courseName(), command.provider(), trainedOn, command.staffTrained(),
                trainedOn.plusMonths(validMonths).minusDays(1)));
    }

    @EventSourcingHandler
    void on(TrainingRecorded event) {
        trainingId = event.trainingId();
    }
}
