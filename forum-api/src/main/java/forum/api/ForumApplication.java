package forum.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

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
        SpringApplication.run(ForumApplication.class, args);
    }

    /** The one clock of the application; aggregates receive it as a handler parameter. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
