package forum.projections.agreement;

import forum.core.training.CourseKind;

import java.time.LocalDate;
import java.util.UUID;

public record TrainingView(UUID trainingId,
                           UUID venueId,
                           CourseKind kind,
                           String courseName,
                           String provider,
                           LocalDate trainedOn,
                           int staffTrained,
                           LocalDate validUntil,
                           boolean valid) {
}
