package forum.api.meeting;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The assign-action-item form, named as {@code AssignActionItem}'s components. */
public class ActionItemForm {

    @NotNull
    private UUID ownerMemberId;
    @NotBlank
    @Size(max = 10_000)
    private String what;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate due;

    public UUID getOwnerMemberId() {
        return ownerMemberId;
    }

    public void setOwnerMemberId(UUID ownerMemberId) {
        this.ownerMemberId = ownerMemberId;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }
}
