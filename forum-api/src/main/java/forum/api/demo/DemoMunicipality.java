package forum.api.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import forum.api.accounts.AuditorGrantRequest;
import forum.api.accounts.AuditorGrants;
import forum.api.accounts.Invitations;
import forum.api.municipality.SignUp;
import forum.api.municipality.SignUpRequest;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.core.municipality.Country;

/**
 * The home municipality of the demo, Karlstad (demo), signed up a year ago with one account per role of a
 * municipality; its auditor holds a grant the coordinator gave today, ending in {@link #AUDIT_GRANT}.
 */
@Component
@DemoEnabled
class DemoMunicipality {

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);
    static final String NAME = "Karlstad (demo)";
    static final Duration AUDIT_GRANT = Duration.ofDays(60);

    record DemoAccount(String username, String name, Role role) {
    }

    /** Besides the coordinator, who signs the municipality up, and the auditor, who accepts a grant. */
    static final List<DemoAccount> OTHERS = List.of(
            new DemoAccount(DemoAccounts.LICENSING, "Lena Tillstånd", Role.LICENSING_OFFICER),
            new DemoAccount(DemoAccounts.POLICE, "Per Polis", Role.FORUM_MEMBER));

    private final SignUp signUp;
    private final UserAccounts accounts;
    private final AuditorGrants grants;
    private final Invitations invitations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoMunicipality(SignUp signUp, UserAccounts accounts, AuditorGrants grants, Invitations invitations,
                     TransactionTemplate transaction, Clock clock) {
        this.signUp = signUp;
        this.clock = clock;
        this.accounts = accounts;
        this.grants = grants;
        this.invitations = invitations;
        this.transaction = transaction;
    }

    /** Signs Karlstad (demo) up at {@code signedUpAt} with its accounts unless it exists; answers its tenant. */
    UUID ensure(Instant signedUpAt) {
        if (!accounts.exists(DemoAccounts.COORDINATOR)) {
            transaction.executeWithoutResult(status -> {
                DemoClock.travelTo(signedUpAt);
                var demo = signUp.signUp(new SignUpRequest(NAME, Country.SE, "1780", "Eva Samordnare",
                        DemoAccounts.COORDINATOR, DemoAccounts.PASSWORD));
                for (DemoAccount account : OTHERS) {
                    accounts.create(demo.tenantId(), account.username(), DemoAccounts.PASSWORD, account.name(),
                            EnumSet.of(account.role()));
                }
                DemoClock.backToThePresent();
                UUID coordinator = accounts.find(DemoAccounts.COORDINATOR).orElseThrow().userId();
                Instant until = clock.instant().plus(AUDIT_GRANT);
                var grant = grants.grant(demo.tenantId(), coordinator,
                        new AuditorGrantRequest(DemoAccounts.AUDITOR, "Revisor Ragnhild Berg", until));
                invitations.accept(grant.token(), DemoAccounts.PASSWORD);
            });
            log.info("Created the demo municipality {}", NAME);
        }
        return accounts.find(DemoAccounts.COORDINATOR).orElseThrow().tenantId();
    }
}
