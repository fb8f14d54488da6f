package forum.api.venue;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The register-an-issue form, named as {@link forum.core.venue.RegisterVenueIssue}'s components. {@code observedAt}
 * is the wall-clock time of the municipality, as the phone's date and time input gives it.
 */
public class IssueForm {

    @NotNull
    private IssueCategory category;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime observedAt;
    @NotNull
    private IssueSource source;
    @NotNull
    private Severity severity;
    @NotBlank
    @Size(max = 10_000)
    private String description;

    public IssueCategory getCategory() {
        return category;
    }

    public void setCategory(IssueCategory category) {
        this.category = category;
    }

    public LocalDateTime getObservedAt() {
        return observedAt;
    }

    public void setObservedAt(LocalDateTime observedAt) {
        this.observedAt = observedAt;
    }

    public IssueSource getSource() {
        return source;
    }

    public void setSource(IssueSource source) {
        this.source = source;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
