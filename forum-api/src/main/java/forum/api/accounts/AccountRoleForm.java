package forum.api.accounts;

import forum.api.security.Role;
import jakarta.validation.constraints.NotNull;

/** The role chosen in an account's row of the accounts page. */
public class AccountRoleForm {

    @NotNull
    private Role role;

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
