package forum.core.training;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** {@code staffTrained} of the venue's staff hold valid training until {@code validUntil} (inclusive). */
@Revision("1")
public record TrainingRecorded(UUID tenantId,
                               UUID trainingId,
                               UUID venueId,
                               CourseKind kind,
                               String courseName,
                               String provider,
                               LocalDate trainedOn,
                               int staffTrained,
                               LocalDate validUntil) implements TrainingEvent {
}
