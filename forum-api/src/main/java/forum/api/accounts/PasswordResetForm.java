package forum.api.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The coordinator's form for a password reset: the e-mail address of an account of the municipality. */
public class PasswordResetForm {

    @NotBlank
    @Email
    @Size(max = 320)
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
