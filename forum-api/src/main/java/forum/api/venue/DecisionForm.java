package forum.api.venue;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import forum.core.venue.DecisionOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Recording the licensing authority's decision, named as {@link forum.core.venue.RecordLicensingDecision}'s
 * components; without a recommendation it needs the authority's reference (the domain says so next to the field).
 */
public class DecisionForm {

    private UUID recommendationId;
    @NotNull
    private DecisionOutcome outcome;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    @Size(max = 200)
    private String authorityReference;
    private String breachType;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate breachCommittedOn;

    /** Blank (the form's "no breach") reads as none. */
    public String getBreachType() {
        return breachType == null || breachType.isBlank() ? null : breachType;
    }

    public void setBreachType(String breachType) {
        this.breachType = breachType;
    }

    public LocalDate getBreachCommittedOn() {
        return breachCommittedOn;
    }

    public void setBreachCommittedOn(LocalDate breachCommittedOn) {
        this.breachCommittedOn = breachCommittedOn;
    }

    public UUID getRecommendationId() {
        return recommendationId;
    }

    public void setRecommendationId(UUID recommendationId) {
        this.recommendationId = recommendationId;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getAuthorityReference() {
        return authorityReference;
    }

    public void setAuthorityReference(String authorityReference) {
        this.authorityReference = authorityReference;
    }
}
