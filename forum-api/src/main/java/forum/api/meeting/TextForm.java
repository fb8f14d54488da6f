package forum.api.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The minutes or a decision: {@code RecordMinutes}' and {@code RecordDecision}'s text. */
public class TextForm {

    @NotBlank
    @Size(max = 10_000)
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
