package forum.api.web;

import java.util.Set;

import forum.api.security.ForumUser;
import forum.api.security.Role;

/**
 * One link of the navigation, declared as a bean by the feature whose page it opens; shown to the roles that may
 * use that page, in the order of {@code position}.
 */
public record NavigationEntry(int position, String path, String messageKey, Set<Role> roles) {

    public NavigationEntry {
        roles = Set.copyOf(roles);
    }

    boolean shownTo(ForumUser user) {
        return user.roles().stream().anyMatch(roles::contains);
    }
}
