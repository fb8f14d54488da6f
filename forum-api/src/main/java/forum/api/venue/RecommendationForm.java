package forum.api.venue;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import forum.core.venue.RecommendationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Issuing a recommendation, named as {@link forum.core.venue.IssueLicenceRecommendation}'s components. */
public class RecommendationForm {

    @NotNull
    private RecommendationKind kind;
    @NotBlank
    @Size(max = 10_000)
    private String rationale;
    private Set<UUID> issueIds = new LinkedHashSet<>();
    private UUID meetingId;

    public RecommendationKind getKind() {
        return kind;
    }

    public void setKind(RecommendationKind kind) {
        this.kind = kind;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public Set<UUID> getIssueIds() {
        return issueIds;
    }

    public void setIssueIds(Set<UUID> issueIds) {
        this.issueIds = issueIds == null ? new LinkedHashSet<>() : issueIds;
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(UUID meetingId) {
        this.meetingId = meetingId;
    }
}
