package forum.api.agreement;

import java.time.LocalDate;

import forum.core.training.CourseKind;
import jakarta.validation.constraints.NotNull;

record RecordTrainingRequest(@NotNull CourseKind kind, String courseName, String provider,
                             @NotNull LocalDate trainedOn, int staffTrained, Integer validMonths) {
}
