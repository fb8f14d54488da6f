package forum.api.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.api.mail.MailKind;
import forum.api.mail.MailOutbox;
import forum.api.problem.ConflictException;
import forum.api.security.Role;
import forum.api.security.RowKeys;
import forum.api.security.UserAccounts;
import forum.projections.runtime.NetworkScope;
import forum.projections.runtime.TenantScope;

/**
 * Invitations to an account, whoever sends them. The inviter receives the token once; a municipality's invitation
 * is also mailed to the invitee through the outbox (forum.api.mail), in the transaction that issues it. Accepting creates the account in
 * the scope the invitation names (the inviter's tenant or a network), never in one the invitee chooses. Row-level
 * security lets a transaction reach the invitations of the tenant or network it entered, and the one whose token it
 * holds (RowKeys).
 */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);
    /** The roles a coordinator invites with; auditors come through {@link AuditorGrants}. */
    static final EnumSet<Role> MEMBER_ROLES = EnumSet.of(Role.FORUM_MEMBER, Role.LICENSING_OFFICER, Role.COORDINATOR);

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Clock clock;
    private final RowKeys rowKeys;
    private final TenantScope tenantScope;
    private final NetworkScope networkScope;
    private final MailOutbox mail;

    Invitations(JdbcClient jdbc, UserAccounts accounts, Clock clock, RowKeys rowKeys, TenantScope tenantScope,
                NetworkScope networkScope, MailOutbox mail) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.rowKeys = rowKeys;
        this.tenantScope = tenantScope;
        this.networkScope = networkScope;
        this.mail = mail;
    }

    /** What an invitation is for: exactly one of tenant and network; accessUntil ends an auditor's account. */
    record Draft(UUID tenantId, UUID networkId, String email, String name, Role role, Instant accessUntil,
                 UUID invitedBy) {
    }

    /** The only time the token leaves the application. */
    public record Issued(UUID id, String token, Instant expiresAt) {
    }

    public record Pending(UUID id, String email, String name, Role role, Instant expiresAt, Instant createdAt) {
    }

    public record Accepted(String username, Role role, UUID tenantId, UUID networkId, Instant expiresAt) {
    }

    @Transactional
    Issued issue(Draft draft) {
        String email = normalize(draft.email());
        if (accounts.exists(email)) {
            throw usernameTaken();
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(VALID_FOR);
        if (draft.accessUntil() != null && draft.accessUntil().isBefore(expiresAt)) {
            expiresAt = draft.accessUntil();
        }
        UUID id = UUID.randomUUID();
        String token = InvitationTokens.newToken();
        if (draft.tenantId() != null) {
            tenantScope.enter(draft.tenantId());
        } else {
            networkScope.enter(draft.networkId());
        }
        jdbc.sql("""
                        insert into account_invitation (invitation_id, token_hash, tenant_id, network_id, email,
                                display_name, role, expires_at, access_until, invited_by, created_at)
                        values (:id, :hash, :tenant, :network, :email, :name, :role, :expires, :until, :by, :now)
                        """)
                .param("id", id)
                .param("hash", InvitationTokens.hash(token))
                .param("tenant", draft.tenantId())
                .param("network", draft.networkId())
                .param("email", email)
                .param("name", draft.name().trim())
                .param("role", draft.role().name())
                .param("expires", utc(expiresAt))
                .param("until", utc(draft.accessUntil()))
                .param("by", draft.invitedBy())
                .param("now", utc(now))
                .update();
        if (draft.tenantId() != null) {
            // Mailed in the same transaction: the mail exists exactly when the invitation does. A network's
            // invitations belong to no municipality's outbox; their link is handed back only.
            mail.put(new MailOutbox.Letter(draft.tenantId(), "invitation:" + id, MailKind.INVITATION, null,
                    "invitation:" + id, email, draft.name().trim(), Map.of("path", "invitations/" + token,
                    "expiresAt", MailOutbox.fact(expiresAt))));
        }
        return new Issued(id, token, expiresAt);
    }

    /**
     * Claims the invitation and creates its account in one transaction: a token works once, also when two
     * acceptances race (the second waits for the first's row lock and then finds it accepted).
     */
    @Transactional
    public Accepted accept(String token, String password) {
        Instant now = clock.instant();
        String hash = InvitationTokens.hash(token);
        rowKeys.invitation(hash);
        Claimed invitation = jdbc.sql("""
                        update account_invitation set accepted_at = :now
                        where token_hash = :hash and accepted_at is null and revoked_at is null and expires_at > :now
                        returning invitation_id, tenant_id, network_id, email, display_name, role, access_until
                        """)
                .param("hash", hash)
                .param("now", utc(now))
                .query(Invitations::claimed)
                .optional()
                .orElseThrow(() -> AccountProblems.notFound("invitation.unknown-token",
                        "No valid invitation with this token; it may have expired, been used or been revoked"));
        if (accounts.exists(invitation.email())) {
            throw usernameTaken();
        }
        UUID userId;
        try {
            userId = accounts.create(new UserAccounts.NewAccount(invitation.tenantId(), invitation.networkId(),
                    invitation.email(), invitation.name(), EnumSet.of(invitation.role()), invitation.accessUntil()),
                    password).userId();
        } catch (DuplicateKeyException raced) {
            throw usernameTaken();
        }
        jdbc.sql("update account_invitation set account_id = :user where invitation_id = :id")
                .param("user", userId)
                .param("id", invitation.id())
                .update();
        return new Accepted(invitation.email(), invitation.role(), invitation.tenantId(), invitation.networkId(),
                invitation.accessUntil());
    }

    /** Whether an invitation can still be accepted, as its acceptance page says. */
    public enum Standing { OPEN, ACCEPTED, EXPIRED, REVOKED }

    /** Whom an invitation is for, as its holder may see before accepting it. */
    public record Invitee(String email, String name, Role role, Instant expiresAt, Standing standing) {
    }

    /** The invitation whose token this is, as it stands now; empty for a token that was never given out. */
    @Transactional(readOnly = true)
    public Optional<Invitee> invitee(String token) {
        String hash = InvitationTokens.hash(token);
        rowKeys.invitation(hash);
        Instant now = clock.instant();
        return jdbc.sql("""
                        select email, display_name, role, expires_at, accepted_at is not null as accepted,
                               revoked_at is not null as revoked
                        from account_invitation where token_hash = :hash
                        """)
                .param("hash", hash)
                .query((row, n) -> {
                    Instant expiresAt = instant(row, "expires_at");
                    Standing standing = row.getBoolean("accepted") ? Standing.ACCEPTED
                            : row.getBoolean("revoked") ? Standing.REVOKED
                            : expiresAt.isAfter(now) ? Standing.OPEN : Standing.EXPIRED;
                    return new Invitee(row.getString("email"), row.getString("display_name"),
                            Role.valueOf(row.getString("role")), expiresAt, standing);
                })
                .optional();
    }

    /** The tenant's invitations of members that can still be accepted. */
    @Transactional(readOnly = true)
    public List<Pending> pending(UUID tenantId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select invitation_id, email, display_name, role, expires_at, created_at
                        from account_invitation
                        where tenant_id = :tenant and role <> :auditor
                          and accepted_at is null and revoked_at is null and expires_at > :now
                        order by created_at, invitation_id
                        """)
                .param("tenant", tenantId)
                .param("auditor", Role.AUDITOR.name())
                .param("now", utc(clock.instant()))
                .query((row, n) -> new Pending(row.getObject("invitation_id", UUID.class), row.getString("email"),
                        row.getString("display_name"), Role.valueOf(row.getString("role")),
                        instant(row, "expires_at"), instant(row, "created_at")))
                .list();
    }

    /** An invitation of a network's coordinator as the operator sees it, whatever became of it. */
    public record NetworkInvitation(UUID id, String email, String name, Instant createdAt, Instant expiresAt,
                                    Standing standing) {
    }

    /** The network's coordinators' invitations, the latest first. */
    @Transactional(readOnly = true)
    public List<NetworkInvitation> ofNetwork(UUID networkId) {
        networkScope.enter(networkId);
        Instant now = clock.instant();
        return jdbc.sql("""
                        select invitation_id, email, display_name, created_at, expires_at,
                               accepted_at is not null as accepted, revoked_at is not null as revoked
                        from account_invitation
                        where network_id = :network and role = :role
                        order by created_at desc, invitation_id
                        """)
                .param("network", networkId)
                .param("role", Role.NETWORK_COORDINATOR.name())
                .query((row, n) -> {
                    Instant expiresAt = instant(row, "expires_at");
                    Standing standing = row.getBoolean("accepted") ? Standing.ACCEPTED
                            : row.getBoolean("revoked") ? Standing.REVOKED
                            : expiresAt.isAfter(now) ? Standing.OPEN : Standing.EXPIRED;
                    return new NetworkInvitation(row.getObject("invitation_id", UUID.class), row.getString("email"),
                            row.getString("display_name"), instant(row, "created_at"), expiresAt, standing);
                })
                .list();
    }

    /** Revokes an invitation of a member before it is accepted; revoking twice changes nothing. */
    @Transactional
    public void revoke(UUID tenantId, UUID invitationId) {
        tenantScope.enter(tenantId);
        Optional<State> state = jdbc.sql("""
                        select accepted_at is not null as accepted, revoked_at is not null as revoked
                        from account_invitation
                        where invitation_id = :id and tenant_id = :tenant and role <> :auditor
                        for update
                        """)
                .param("id", invitationId)
                .param("tenant", tenantId)
                .param("auditor", Role.AUDITOR.name())
                .query((row, n) -> new State(row.getBoolean("accepted"), row.getBoolean("revoked")))
                .optional();
        if (state.isEmpty()) {
            throw AccountProblems.notFound("not-found", "No such invitation");
        }
        if (state.get().accepted()) {
            throw new ConflictException("invitation.already-accepted",
                    "The invitation has been accepted; the account exists");
        }
        if (!state.get().revoked()) {
            jdbc.sql("update account_invitation set revoked_at = :now where invitation_id = :id")
                    .param("now", utc(clock.instant()))
                    .param("id", invitationId)
                    .update();
        }
    }

    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static ConflictException usernameTaken() {
        return new ConflictException("account.username-taken", "An account with this e-mail exists already");
    }

    private record Claimed(UUID id, UUID tenantId, UUID networkId, String email, String name, Role role,
                           Instant accessUntil) {
    }

    private record State(boolean accepted, boolean revoked) {
    }

    private static Claimed claimed(ResultSet row, int n) throws SQLException {
        return new Claimed(row.getObject("invitation_id", UUID.class), row.getObject("tenant_id", UUID.class),
                row.getObject("network_id", UUID.class), row.getString("email"), row.getString("display_name"),
                Role.valueOf(row.getString("role")), instant(row, "access_until"));
    }
}
