package forum.api.demo;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
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
 * The demo's year: its municipalities (signed up a year ago unless they exist), their forums and cases, and the
 * national network, created by the operator, that the Swedish ones joined on their coordinators' consent early in
 * the year, so each of its quarters counts them. All in one transaction, whose last step creates the network
 * coordinator's account: that account existing means the whole year does, so a restart (or a start after one
 * that failed half-way) creates it once.
 */
@Component
@DemoEnabled
class DemoNetwork {

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);
    static final String NAME = "Krogar mot knark (demo)";
    static final int SIGNED_UP_DAYS_AGO = 400;

    private final SignUp signUp;
    private final UserAccounts accounts;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    DemoNetwork(SignUp signUp, UserAccounts accounts, CommandGateway commands, TransactionTemplate transaction) {
        this.signUp = signUp;
        this.accounts = accounts;
        this.commands = commands;
        this.transaction = transaction;
    }

    /** Creates the year unless it exists; answers the network's id. */
    UUID ensure(ForumUser operator, Instant now) {
        if (!accounts.exists(DemoAccounts.NETWORK_COORDINATOR)) {
            transaction.executeWithoutResult(status -> create(operator, now));
            log.info("Created the demo network {} and the year of its municipalities", NAME);
        }
        return accounts.find(DemoAccounts.NETWORK_COORDINATOR).orElseThrow().networkId();
    }

    private void create(ForumUser operator, Instant now) {
        DemoTimeline year = new DemoTimeline();
        UUID networkId = UUID.randomUUID();
        Instant created = now.minus(375, DAYS);
        year.at(created, operator, new CreateNetwork(networkId, NAME, Country.SE));
        for (DemoPlans.Plan plan : DemoPlans.MUNICIPALITIES) {
            ForumUser coordinator = coordinatorOf(plan, now.minus(SIGNED_UP_DAYS_AGO, DAYS));
            if (plan.networkMember()) {
                UUID tenantId = coordinator.tenantId();
                year.at(created.plus(Duration.ofDays(1)), operator,
                        new InviteMunicipalityToNetwork(tenantId, networkId));
                year.at(created.plus(Duration.ofDays(2)), coordinator, new JoinNetwork(tenantId, networkId));
            }
            var meetings = DemoForum.plan(year, coordinator, plan, now);
            DemoCases.plan(year, coordinator, holderOf(plan, Role.FORUM_MEMBER, coordinator),
                    holderOf(plan, Role.LICENSING_OFFICER, coordinator), plan, meetings, now);
        }
        log.info("Lived the demo's year: {} commands", year.live(commands));
        accounts.create(new UserAccounts.NewAccount(null, networkId, DemoAccounts.NETWORK_COORDINATOR,
                "Nätverkssamordnare Sofia Berg", EnumSet.of(Role.NETWORK_COORDINATOR), null), DemoAccounts.PASSWORD);
    }

    private ForumUser coordinatorOf(DemoPlans.Plan plan, Instant signedUpAt) {
        if (!accounts.exists(plan.coordinatorEmail())) {
            DemoClock.travelTo(signedUpAt);
            var signedUp = signUp.signUp(new SignUpRequest(plan.name(), plan.country(), plan.officialCode(),
                    plan.coordinatorName(), plan.coordinatorEmail(), DemoAccounts.PASSWORD));
            for (DemoMunicipality.DemoAccount account : plan.accounts()) {
                accounts.create(signedUp.tenantId(), account.username(), DemoAccounts.PASSWORD, account.name(),
                        EnumSet.of(account.role()));
            }
            DemoClock.backToThePresent();
        }
        return accounts.find(plan.coordinatorEmail()).orElseThrow();
    }

    /** The municipality's account of that role, acting for it in the year; else its coordinator. */
    private ForumUser holderOf(DemoPlans.Plan plan, Role role, ForumUser coordinator) {
        return plan.accounts().stream().filter(account -> account.role() == role).findFirst()
                .flatMap(account -> accounts.find(account.username()))
                .orElse(coordinator);
    }
}
