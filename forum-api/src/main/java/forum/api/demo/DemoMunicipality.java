package forum.api.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import forum.api.municipality.SignUp;
import forum.api.municipality.SignUpRequest;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.core.municipality.Country;

/** The home municipality of the demo, Karlstad (demo), with one account per role of a municipality. */
@Component
@DemoEnabled
class DemoMunicipality {

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);
    static final String NAME = "Karlstad (demo)";

    record DemoAccount(String username, String name, Role role) {
    }

    /** Besides the coordinator, who signs the municipality up. */
    static final List<DemoAccount> OTHERS = List.of(
            new DemoAccount("licensing@demo.forum", "Demo licensing officer", Role.LICENSING_OFFICER),
            new DemoAccount("police@demo.forum", "Demo police officer", Role.FORUM_MEMBER),
            new DemoAccount("auditor@demo.forum", "Demo auditor", Role.AUDITOR));

    private final SignUp signUp;
    private final UserAccounts accounts;
    private final TransactionTemplate transaction;

    DemoMunicipality(SignUp signUp, UserAccounts accounts, TransactionTemplate transaction) {
        this.signUp = signUp;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    /** Signs Karlstad (demo) up with its accounts unless it exists; answers its tenant. */
    UUID ensure() {
        if (!accounts.exists(DemoAccounts.COORDINATOR)) {
            transaction.executeWithoutResult(status -> {
                var demo = signUp.signUp(new SignUpRequest(NAME, Country.SE, "1780", "Demo coordinator",
                        DemoAccounts.COORDINATOR, DemoAccounts.PASSWORD));
                for (DemoAccount account : OTHERS) {
                    accounts.create(demo.tenantId(), account.username(), DemoAccounts.PASSWORD, account.name(),
                            EnumSet.of(account.role()));
                }
            });
            log.info("Created the demo municipality {}", NAME);
        }
        return accounts.find(DemoAccounts.COORDINATOR).orElseThrow().tenantId();
    }
}
