package forum.api.retention;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A new period for one kind, in days, within the kind's bounds ({@code GET /api/v1/retention} lists them). */
public record RetentionPeriodRequest(@NotNull RetentionKind kind,
                                     @Schema(description = "Days, within the kind's minDays and maxDays")
                                     @NotNull Integer days) {
}
