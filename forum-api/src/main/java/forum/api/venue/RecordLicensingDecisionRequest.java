package forum.api.venue;

import java.time.LocalDate;
import java.util.UUID;

import forum.core.venue.DecisionOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Without a {@code recommendationId} the decision needs an {@code authorityReference}; {@code to} is optional. */
record RecordLicensingDecisionRequest(UUID recommendationId,
                                      @NotNull DecisionOutcome outcome,
                                      @NotNull LocalDate from,
                                      LocalDate to,
                                      @Schema(description = "The licensing authority's reference of its decision;"
                                              + " required when recommendationId is absent")
                                      @Size(max = 200) String authorityReference,
                                      @Schema(description = "Where penalty points apply (Norway): the breach the"
                                              + " decision answers, a breach type of the rules in force on"
                                              + " breachCommittedOn; both or neither")
                                      @Size(max = 200) String breachType,
                                      LocalDate breachCommittedOn) {
}
