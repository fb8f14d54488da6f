package forum.api.accounts;

import forum.api.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The invite form: the rules of {@link InvitationRequest}. */
public class InvitationForm {

    @NotBlank
    @Email
    @Size(max = 320)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private Role role = Role.FORUM_MEMBER;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    InvitationRequest request() {
        return new InvitationRequest(email.trim(), name.trim(), role);
    }
}
