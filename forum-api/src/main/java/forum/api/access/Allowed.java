package forum.api.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The roles table of DOMAIN.md in one place: each endpoint that sends a command names who may send it.
 * Auditors appear nowhere here: they only read. Network coordinators only invite municipalities to their network.
 */
public final class Allowed {

    private Allowed() {
    }

    /** Everything inside the own tenant: forums, members and their invitations, meetings,
     *  network membership, auditor grants. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @PreAuthorize("hasRole('COORDINATOR')")
    public @interface Coordinators {
    }

    /** Venues and their cases: recommendations, their revocation and licensing decisions. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'LICENSING_OFFICER')")
    public @interface CaseWorkers {
    }

    /** Registering an issue at a venue: police, licensing and SSP members report what they saw. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'LICENSING_OFFICER', 'FORUM_MEMBER')")
    public @interface IssueReporters {
    }

    /** What a forum member does in a meeting: record minutes if asked, complete action items. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'FORUM_MEMBER')")
    public @interface ForumParticipants {
    }

    /** The platform operator, who belongs to no tenant: creating networks and granting their coordinators. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @PreAuthorize("hasRole('OPERATOR')")
    public @interface Operators {
    }

    /** Who invites municipalities to a network: the operator, or that network's own coordinator (the handler checks
     *  which network). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @PreAuthorize("hasAnyRole('OPERATOR', 'NETWORK_COORDINATOR')")
    public @interface NetworkInviters {
    }
}
