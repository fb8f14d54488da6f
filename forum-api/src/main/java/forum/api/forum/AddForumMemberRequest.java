package forum.api.forum;

import forum.core.forum.MemberRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code email} is optional. */
record AddForumMemberRequest(@NotBlank @Size(max = 200) String personName,
                             @Email @Size(max = 254) String email,
                             @NotBlank @Size(max = 200) String organisation,
                             @NotNull MemberRole role) {
}
