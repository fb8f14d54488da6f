package forum.api.accounts;

import static forum.api.accounts.Invitations.instant;
import static forum.api.accounts.Invitations.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.projections.runtime.TenantScope;

/**
 * Read-only access of an auditor to one tenant until a date, at most a year ahead: an invitation with the role
 * AUDITOR whose account expires with the grant. Ending a grant early ends the account's access at once.
 */
@Service
public class AuditorGrants {

    public enum Status { PENDING, ACTIVE }

    public record Issued(UUID id, String token, Instant tokenExpiresAt, Instant expiresAt) {
    }

    public record Grant(UUID id, String email, String name, Instant expiresAt, Status status, Instant acceptedAt) {
    }

    private final Invitations invitations;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TenantScope tenantScope;

    AuditorGrants(Invitations invitations, UserAccounts accounts, JdbcClient jdbc, Clock clock,
                  TenantScope tenantScope) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenantScope = tenantScope;
    }

    @Transactional
    public Issued grant(UUID tenantId, UUID grantedBy, AuditorGrantRequest request) {
        Instant now = clock.instant();
        if (!request.expiresAt().isAfter(now)) {
            throw AccountProblems.invalid("expiresAt", "must be in the future");
        }
        if (request.expiresAt().isAfter(now.atZone(ZoneOffset.UTC).plusYears(1).toInstant())) {
            throw AccountProblems.invalid("expiresAt", "must be at most one year ahead");
        }
        Invitations.Issued issued = invitations.issue(new Invitations.Draft(tenantId, null, request.email(),
                request.name(), Role.AUDITOR, request.expiresAt(), grantedBy));
        return new Issued(issued.id(), issued.token(), issued.expiresAt(), request.expiresAt());
    }

    /** Grants of the tenant that give access now or still may: active ones and ones whose token is valid. */
    @Transactional(readOnly = true)
    public List<Grant> current(UUID tenantId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select invitation_id, email, display_name, access_until, accepted_at
                        from account_invitation
                        where tenant_id = :tenant and role = :auditor and revoked_at is null and access_until > :now
                          and (accepted_at is not null or expires_at > :now)
                        order by access_until, invitation_id
                        """)
                .param("tenant", tenantId)
                .param("auditor", Role.AUDITOR.name())
                .param("now", utc(clock.instant()))
                .query((row, n) -> {
                    Instant acceptedAt = instant(row, "accepted_at");
                    return new Grant(row.getObject("invitation_id", UUID.class), row.getString("email"),
                            row.getString("display_name"), instant(row, "access_until"),
                            acceptedAt == null ? Status.PENDING : Status.ACTIVE, acceptedAt);
                })
                .list();
    }

    /** Ends the grant now: its token stops working and its account cannot sign in any more. */
    @Transactional
    public void end(UUID tenantId, UUID grantId) {
        Instant now = clock.instant();
        tenantScope.enter(tenantId);
        Optional<Ended> grant = jdbc.sql("""
                        update account_invitation set revoked_at = coalesce(revoked_at, :now)
                        where invitation_id = :id and tenant_id = :tenant and role = :auditor
                        returning account_id
                        """)
                .param("now", utc(now))
                .param("id", grantId)
                .param("tenant", tenantId)
                .param("auditor", Role.AUDITOR.name())
                .query((row, n) -> new Ended(row.getObject("account_id", UUID.class)))
                .optional();
        if (grant.isEmpty()) {
            throw AccountProblems.notFound("not-found", "No such auditor grant");
        }
        if (grant.get().accountId() != null) {
            accounts.expire(tenantId, grant.get().accountId(), now);
        }
    }

    private record Ended(UUID accountId) {
    }
}
