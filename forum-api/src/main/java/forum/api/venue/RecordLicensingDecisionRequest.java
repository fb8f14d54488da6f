package forum.api.venue;

import java.time.LocalDate;
import java.util.UUID;

import forum.core.venue.DecisionOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Without a {@code recommendationId} the decision needs an {@code authorityReference}; {@code to} is optional. */
record RecordLicensingDecisionRequest(UUID recommendationId,
                                      @NotNull DecisionOutcome outcome,
                                      @NotNull LocalDate from,
                                      LocalDate to,
                                      @Size(max = 200) String authorityReference) {
}
