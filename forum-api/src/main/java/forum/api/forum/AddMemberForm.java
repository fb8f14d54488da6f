package forum.api.forum;

import forum.core.forum.MemberRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The add-member form: the rules of {@link AddForumMemberRequest}; the e-mail address is optional. */
public class AddMemberForm {

    @NotBlank
    @Size(max = 200)
    private String personName;

    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String organisation;

    @NotNull
    private MemberRole role;

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    /** An empty field means no address, as the API's absent one does. */
    String emailOrNull() {
        return email == null || email.isBlank() ? null : email.trim();
    }
}
