package forum.api;

import forum.api.audit.chain.VerifyChainCommand;
import forum.api.audit.export.VerifyBundleCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.Arrays;

@SpringBootApplication(scanBasePackages = "forum")
public class ForumApplication {

    static {
        // Forum holds municipalities' sensitive data: no usage reports to third parties.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        System.setProperty("disable-axoniq-console-message", "true");
    }

    public static void main(String[] args) {
        if (args.length > 0 && VerifyChainCommand.NAME.equals(args[0])) {
            VerifyChainCommand.main(ForumApplication.class, Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && VerifyBundleCommand.NAME.equals(args[0])) {
            // Offline: no Spring, no database.
            VerifyBundleCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(ForumApplication.class, args);
    }

    /** The one clock of the application; aggregates receive it as a handler parameter. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
