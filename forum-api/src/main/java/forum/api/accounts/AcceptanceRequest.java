package forum.api.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The invitee's own password for the new account; the user name is the invited e-mail address. */
public record AcceptanceRequest(@NotBlank @Size(min = 12, max = 200) String password) {

    /** Never the password, should a request end up in a log. */
    @Override
    public String toString() {
        return "AcceptanceRequest[password=***]";
    }
}
