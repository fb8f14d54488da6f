package forum.core.training;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

/** {@code courseName} and {@code validMonths} only for a course of kind OTHER; the other kinds' are data. */
public record RecordTraining(UUID tenantId,
                             @TargetAggregateIdentifier UUID trainingId,
                             UUID venueId,
                             CourseKind kind,
                             String courseName,
                             String provider,
                             LocalDate trainedOn,
                             int staffTrained,
                             Integer validMonths) implements TenantCommand {
}
