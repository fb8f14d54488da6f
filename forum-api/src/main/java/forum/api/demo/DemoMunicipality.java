package forum.api.demo;

import forum.api.municipality.SignUp;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.core.municipality.Country;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The default run's demo: one municipality with an account per role, created on the first start and
 * kept in the embedded database, and the address and sign-in printed once the application is ready.
 */
@Component
@ConditionalOnProperty(name = "forum.demo.enabled", havingValue = "true")
class DemoMunicipality {

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);
    static final String PASSWORD = "forum-demo-2026";
    static final String COORDINATOR = "coordinator@demo.forum";

    private final SignUp signUp;
    private final UserAccounts accounts;
    private final TransactionTemplate transaction;
    private final String host;

    DemoMunicipality(SignUp signUp, UserAccounts accounts, TransactionTemplate transaction,
                     @Value("${server.address:localhost}") String host) {
        this.signUp = signUp;
        this.accounts = accounts;
        this.transaction = transaction;
        this.host = host;
    }

    private record DemoAccount(String username, String name, Role role) {
    }

    private static final List<DemoAccount> OTHERS = List.of(
            new DemoAccount("licensing@demo.forum", "Demo licensing officer", Role.LICENSING_OFFICER),
            new DemoAccount("police@demo.forum", "Demo police officer", Role.FORUM_MEMBER),
            new DemoAccount("auditor@demo.forum", "Demo auditor", Role.AUDITOR),
            new DemoAccount("network@demo.forum", "Demo network coordinator", Role.NETWORK_COORDINATOR));

    @EventListener
    void ensureDemoAndAnnounce(ApplicationReadyEvent ready) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
        String baseUrl = "http://" + host + ":" + port;
        if (!accounts.exists(COORDINATOR)) {
            transaction.executeWithoutResult(status -> {
                var demo = signUp.signUp(new forum.api.municipality.SignUpRequest("Karlstad (demo)", Country.SE,
                        "1780", "Demo coordinator", COORDINATOR, PASSWORD));
                for (DemoAccount account : OTHERS) {
                    accounts.create(demo.tenantId(), account.username(), PASSWORD, account.name(),
                            EnumSet.of(account.role()));
                }
            });
            log.info("Created the demo municipality Karlstad (demo)");
        }
        UUID tenant = accounts.find(COORDINATOR).orElseThrow().tenantId();
        StringBuilder banner = new StringBuilder()
                .append("\n\n  Forum is ready at ").append(baseUrl).append('\n')
                .append("  Demo municipality: Karlstad (demo), tenant ").append(tenant).append('\n')
                .append("  Sign in with any of these accounts, password ").append(PASSWORD).append(":\n")
                .append("    ").append(COORDINATOR).append("  (coordinator)\n");
        OTHERS.forEach(a -> banner.append("    ").append(a.username()).append("  (")
                .append(a.role().name().toLowerCase().replace('_', ' ')).append(")\n"));
        banner.append("  Try: curl -u ").append(COORDINATOR).append(':').append(PASSWORD).append(' ')
                .append(baseUrl).append("/api/v1/municipality\n");
        log.info(banner.toString());
    }
}
