package forum.api.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import forum.api.municipality.SignUp;
import forum.api.municipality.SignUpRequest;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.core.municipality.Country;
import forum.core.network.CreateNetwork;
import forum.core.network.InviteMunicipalityToNetwork;
import forum.core.network.JoinNetwork;

/**
 * The national network of the demo: its municipalities (signed up unless they exist), each with a quarter of
 * meetings and cases, joined on their coordinators' consent, and the network's coordinator. All in one transaction,
 * whose last step creates the network coordinator's account: that account existing means the whole network does,
 * so a restart (or a start after one that failed half-way) creates it once.
 */
@Component
@DemoEnabled
class DemoNetwork {

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);
    static final String NAME = "Krogar mot knark (demo)";

    private final SignUp signUp;
    private final UserAccounts accounts;
    private final CommandGateway commands;
    private final DemoForum forums;
    private final DemoCases cases;
    private final TransactionTemplate transaction;

    DemoNetwork(SignUp signUp, UserAccounts accounts, CommandGateway commands, DemoForum forums, DemoCases cases,
                TransactionTemplate transaction) {
        this.signUp = signUp;
        this.accounts = accounts;
        this.commands = commands;
        this.forums = forums;
        this.cases = cases;
        this.transaction = transaction;
    }

    /** Creates the network unless it exists; answers its id. */
    UUID ensure(ForumUser operator) {
        if (!accounts.exists(DemoAccounts.NETWORK_COORDINATOR)) {
            transaction.executeWithoutResult(status -> create(operator));
            log.info("Created the demo network {}", NAME);
        }
        return accounts.find(DemoAccounts.NETWORK_COORDINATOR).orElseThrow().networkId();
    }

    /** A member municipality: its plan, its coordinator and, once scheduled, its meetings. */
    private record Member(DemoPlans.Plan plan, ForumUser coordinator, DemoForum.Scheduled meetings) {
    }

    private void create(ForumUser operator) {
        List<Member> members = new ArrayList<>();
        for (DemoPlans.Plan plan : DemoPlans.MUNICIPALITIES) {
            ForumUser coordinator = coordinatorOf(plan);
            members.add(new Member(plan, coordinator, ActingAs.call(coordinator,
                    () -> forums.establishAndSchedule(coordinator.tenantId(), plan))));
        }
        UUID networkId = UUID.randomUUID();
        ActingAs.run(operator, () -> commands.sendAndWait(new CreateNetwork(networkId, NAME, Country.SE)));
        for (Member member : members) {
            UUID tenantId = member.coordinator().tenantId();
            ActingAs.run(operator, () -> commands.sendAndWait(new InviteMunicipalityToNetwork(tenantId, networkId)));
            ActingAs.run(member.coordinator(), () -> {
                commands.sendAndWait(new JoinNetwork(tenantId, networkId));
                forums.hold(member.meetings());
                cases.record(tenantId, member.plan(), member.meetings().meetingIds().get(0));
            });
        }
        accounts.create(new UserAccounts.NewAccount(null, networkId, DemoAccounts.NETWORK_COORDINATOR,
                "Demo network coordinator", EnumSet.of(Role.NETWORK_COORDINATOR), null), DemoAccounts.PASSWORD);
    }

    private ForumUser coordinatorOf(DemoPlans.Plan plan) {
        if (!accounts.exists(plan.coordinatorEmail())) {
            signUp.signUp(new SignUpRequest(plan.name(), Country.SE, plan.officialCode(), plan.coordinatorName(),
                    plan.coordinatorEmail(), DemoAccounts.PASSWORD));
        }
        return accounts.find(plan.coordinatorEmail()).orElseThrow();
    }
}
