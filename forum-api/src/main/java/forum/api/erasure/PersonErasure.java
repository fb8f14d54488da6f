package forum.api.erasure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.api.problem.ConflictException;
import forum.api.security.SessionAccounts;
import forum.core.erasure.Erasure;
import forum.core.erasure.ErasureReason;
import forum.core.shared.PersonalData;
import forum.projections.runtime.TenantScope;

/**
 * Erases the places a coordinator chose for a person, in one transaction: the events' data subjects through
 * {@link Erasures} (their keys deleted, the read models show "erased"), the accounts made unable ever to sign in again
 * (deactivated, name and user name replaced by an erased placeholder, no password, their page sessions ended, their
 * invitations and password links deleted) and the invitations deleted. The accounts and invitations are named in the
 * erasure's record too ({@code account:<id>}, {@code invitation:<id>}), so that the record says everything erased.
 */
@Service
public class PersonErasure {

    /** The kinds of data subject the events name (PersonalData's subjects). */
    static final Set<String> SUBJECT_KINDS = Set.of("coordinator", "member", "meeting", "action-item",
            "licence-holder", "issue", "recommendation", "agreement");

    private static final Pattern SUBJECT = Pattern.compile(
            "([a-z]+(?:-[a-z]+)*):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** What one erasure did. */
    public record Erased(UUID erasureId, int subjects, int accounts, int invitations) {
    }

    private final Erasures erasures;
    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final SessionAccounts sessions;

    PersonErasure(Erasures erasures, JdbcClient jdbc, TenantScope tenantScope, SessionAccounts sessions) {
        this.erasures = erasures;
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.sessions = sessions;
    }

    /**
     * Refused (400) without a reason or without anything to erase, or for a subject of no known kind; refused (409,
     * code erasure.own-account) for the acting coordinator's own account; an account or invitation of no such id in
     * the municipality is not found (404). A refusal erases nothing.
     */
    @Transactional
    public Erased erase(UUID tenant, UUID actingUser, List<String> subjects, List<UUID> accountIds,
                        List<UUID> invitationIds, ErasureReason reason) {
        List<String> events = distinct(subjects);
        List<UUID> accounts = distinct(accountIds);
        List<UUID> invitations = distinct(invitationIds);
        if (reason == null) {
            throw ErasureProblems.invalid("reason", "must be one of " + List.of(ErasureReason.values()));
        }
        if (events.isEmpty() && accounts.isEmpty() && invitations.isEmpty()) {
            throw ErasureProblems.invalid("subjects", "name at least one subject, account or invitation");
        }
        if (events.size() + accounts.size() + invitations.size() > Erasure.MAX_SUBJECTS) {
            throw ErasureProblems.invalid("subjects", "at most " + Erasure.MAX_SUBJECTS + " in one erasure");
        }
        if (accounts.contains(null) || invitations.contains(null)) {
            throw ErasureProblems.invalid(accounts.contains(null) ? "accountIds" : "invitationIds", "must be ids");
        }
        for (String subject : events) {
            var kind = subject == null ? null : SUBJECT.matcher(subject);
            if (kind == null || !kind.matches() || !SUBJECT_KINDS.contains(kind.group(1))) {
                throw ErasureProblems.invalid("subjects", "a subject is <kind>:<uuid> of a kind in " + SUBJECT_KINDS);
            }
        }
        if (accounts.contains(actingUser)) {
            throw new ConflictException("erasure.own-account",
                    "No coordinator erases their own account; another coordinator does");
        }
        tenantScope.enter(tenant);
        deleteMailTo(tenant, events);
        invitations.forEach(invitation -> deleteInvitation(tenant, invitation));
        accounts.forEach(account -> eraseAccount(tenant, account));
        List<String> recorded = new ArrayList<>(events);
        accounts.forEach(account -> recorded.add(Place.ACCOUNT + account));
        invitations.forEach(invitation -> recorded.add(Place.INVITATION + invitation));
        UUID erasure = erasures.erase(tenant, recorded, reason);
        return new Erased(erasure, events.size(), accounts.size(), invitations.size());
    }

    /** The outbox's mails to the subjects (a member's as member:<id>) and about them (an action item's text). */
    private void deleteMailTo(UUID tenant, List<String> subjects) {
        if (!subjects.isEmpty()) {
            jdbc.sql("""
                            delete from mail_outbox where tenant_id = :tenant
                                and (recipient_subject in (:subjects) or about_subject in (:subjects))""")
                    .param("tenant", tenant).param("subjects", subjects).update();
        }
    }

    private void deleteInvitation(UUID tenant, UUID invitation) {
        deleteMailTo(tenant, List.of(Place.INVITATION + invitation));
        int deleted = jdbc.sql("delete from account_invitation where invitation_id = :id and tenant_id = :tenant")
                .param("id", invitation).param("tenant", tenant).update();
        if (deleted == 0) {
            throw ErasureProblems.notFound("No such invitation in the municipality");
        }
    }

    private void eraseAccount(UUID tenant, UUID account) {
        String username = jdbc.sql("select username from user_account where user_id = :id and tenant_id = :tenant"
                        + " for update")
                .param("id", account).param("tenant", tenant).query(String.class).optional()
                .orElseThrow(() -> ErasureProblems.notFound("No such account in the municipality"));
        // The placeholder keeps the user name unique; no password hash matches an empty one.
        jdbc.sql("""
                        update user_account set enabled = false, display_name = :erased,
                            username = :erased || ':' || cast(user_id as text), password_hash = ''
                        where user_id = :id and tenant_id = :tenant""")
                .param("erased", PersonalData.ERASED).param("id", account).param("tenant", tenant).update();
        jdbc.sql("delete from password_reset where account_id = :id and tenant_id = :tenant")
                .param("id", account).param("tenant", tenant).update();
        jdbc.sql("""
                        delete from mail_outbox where tenant_id = :tenant
                            and (recipient_account_id = :id or lower(recipient_address) = lower(:username))""")
                .param("id", account).param("tenant", tenant).param("username", username).update();
        jdbc.sql("delete from mail_opt_out where tenant_id = :tenant and address = lower(:username)")
                .param("tenant", tenant).param("username", username).update();
        jdbc.sql("delete from calendar_feed where account_id = :id and tenant_id = :tenant")
                .param("id", account).param("tenant", tenant).update();
        jdbc.sql("delete from account_invitation where account_id = :id and tenant_id = :tenant")
                .param("id", account).param("tenant", tenant).update();
        sessions.changed(username);
    }

    private static <T> List<T> distinct(List<T> values) {
        // Collections.emptyList, unlike List.of, answers contains(null).
        return values == null ? Collections.emptyList() : values.stream().distinct().toList();
    }
}
