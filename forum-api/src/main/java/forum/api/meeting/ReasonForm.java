package forum.api.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The cancel form: {@code CancelMeeting}'s reason. */
public class ReasonForm {

    @NotBlank
    @Size(max = 10_000)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
