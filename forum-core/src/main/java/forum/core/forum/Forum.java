package forum.core.forum;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

import forum.core.shared.DomainRuleViolation;
import forum.core.shared.Require;
import forum.core.shared.TenantCommand;
import forum.core.shared.Tenancy;

public class Forum {

    @AggregateIdentifier
    private UUID forumId;
    private UUID tenantId;
    private final Set<UUID> members = new HashSet<>();
    private UUID coordinatorMemberId;

    // Axon needs a no-arg constructor to rebuild the aggregate from its events.
    protected Forum() {
    }

    @CommandHandler
    public Forum(EstablishForum command) {
        Require.present(command.tenantId(), "tenantId");
        Require.present(command.forumId(), "forumId");
        Require.text(command.name(), "name", Require.NAME);
        Require.present(command.method(), "method");
        Require.range(command.meetingsPerYear(), "meetingsPerYear", 1, 52);
        apply(new ForumEstablished(command.tenantId(), command.forumId(), command.name(), command.method(),
                command.meetingsPerYear()));
    }

    @CommandHandlerInterceptor
    void sameTenant(TenantCommand command) {
        Tenancy.requireSameTenant(tenantId, command, forumId);
    }

    @CommandHandler
    public void handle(AddForumMember command) {
        Require.present(command.memberId(), "memberId");
        Require.text(command.personName(), "personName", Require.NAME);
        Require.optionalEmail(command.email(), "email");
        Require.text(command.organisation(), "organisation", Require.NAME);
        Require.present(command.role(), "role");
        if (members.contains(command.memberId())) {
            throw DomainRuleViolation.conflict("forum.member-already-added", "memberId",
                    "The member is already in the forum");
        }
        apply(new ForumMemberAdded(tenantId, forumId, command.memberId(), command.personName(), command.email(),
                command.organisation(), command.role()));
    }

    @CommandHandler
    public void handle(RemoveForumMember command) {
        if (!members.contains(command.memberId())) {
            throw DomainRuleViolation.notFound("forum.unknown-member", "memberId", "The member is not in the forum");
        }
        apply(new ForumMemberRemoved(tenantId, forumId, command.memberId()));
    }

    @CommandHandler
    public void handle(AppointCoordinator command) {
        if (!members.contains(command.memberId())) {
            throw new DomainRuleViolation("forum.coordinator-not-a-member", "memberId",
                    "Only a member of the forum can be its coordinator");
        }
        if (command.memberId().equals(coordinatorMemberId)) {
            throw DomainRuleViolation.conflict("forum.already-coordinator", "memberId",
                    "The member is already the coordinator");
        }
        apply(new CoordinatorAppointed(tenantId, forumId, command.memberId()));
    }

    @EventSourcingHandler
    void on(ForumEstablished event) {
        forumId = event.forumId();
        tenantId = event.tenantId();
    }

    @EventSourcingHandler
    void on(ForumMemberAdded event) {
        members.add(event.memberId());
    }

    @EventSourcingHandler
    void on(ForumMemberRemoved event) {
        members.remove(event.memberId());
        if (event.memberId().equals(coordinatorMemberId)) {
            coordinatorMemberId = null;
        }
    }

    @EventSourcingHandler
    void on(CoordinatorAppointed event) {
        coordinatorMemberId = event.memberId();
    }
}
