package forum.api.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;

import forum.api.security.ForumUser;
import forum.api.security.Role;

/**
 * Who reads what, beside {@link Allowed} (who sends which command). The operator appears nowhere: it never
 * reads a municipality's data. The network coordinator reads aggregates of the own network only.
 */
public final class Readers {

    /** The free text of a case (issue descriptions, resolutions, rationales, reasons) may name people. */
    private static final Set<Role> CASE_FREE_TEXT = Set.of(Role.COORDINATOR, Role.LICENSING_OFFICER, Role.AUDITOR);

    private Readers() {
    }

    /** The own municipality's read models: forums, meetings, action items, venues and their cases, networks joined. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'LICENSING_OFFICER', 'FORUM_MEMBER', 'AUDITOR')")
    public @interface Municipality {
    }

    /** The statistics of the own network: counts, small ones suppressed; never a venue, a person or free text. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @PreAuthorize("hasRole('NETWORK_COORDINATOR')")
    public @interface NetworkCoordinators {
    }

    /**
     * The case workers and the auditor read a case's free text; a forum member reads its codes (category,
     * severity, kind, outcome) and dates only.
     */
    public static boolean readsCaseFreeText(ForumUser user) {
        return user.roles().stream().anyMatch(CASE_FREE_TEXT::contains);
    }
}
