package forum.api.demo;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.security.UserAccounts;

/**
 * The platform operator of the default run: an account in no tenant that creates networks and grants their
 * coordinators. (In production the operator signs in through the identity provider; see README.)
 */
@Component
@DemoEnabled
class DemoOperator {

    private static final Logger log = LoggerFactory.getLogger(DemoOperator.class);

    private final UserAccounts accounts;

    DemoOperator(UserAccounts accounts) {
        this.accounts = accounts;
    }

    ForumUser ensure() {
        if (!accounts.exists(DemoAccounts.OPERATOR)) {
            accounts.create(null, DemoAccounts.OPERATOR, DemoAccounts.PASSWORD, "Demo operator",
                    EnumSet.of(Role.OPERATOR));
            log.info("Created the demo operator {}", DemoAccounts.OPERATOR);
        }
        return accounts.find(DemoAccounts.OPERATOR).orElseThrow();
    }
}
