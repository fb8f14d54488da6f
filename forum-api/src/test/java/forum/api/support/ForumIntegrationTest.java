package forum.api.support;

import forum.api.ForumApplication;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on real servers: the configured PostgreSQL and Kafka, Testcontainers where Docker
 * answers, embedded throwaway servers otherwise (shared by all tests of one JVM).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ForumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"forum.infra.servers=throwaway", "forum.demo.enabled=false",
                // Tests sign up many municipalities from one address.
                "forum.security.limits.sign-ups-per-address=100000",
                "forum.security.limits.refused-sign-ups-per-address=100000",
                // ... and fail to sign in on purpose from that one address many times.
                "forum.security.limits.failed-sign-ins-per-address=100000",
                // The metrics scraper's account (ActuatorAccessIT); production sets it through the environment.
                "forum.management.scrape.username=" + ForumIntegrationTest.SCRAPER,
                "forum.management.scrape.password=" + ForumIntegrationTest.SCRAPE_PASSWORD,
                // The shared database's mails are sent by the tests that mean to (MailOutboxIT, in a context of its
                // own with an SMTP server) or kept by those that call the sender: no sender runs on its own here.
                "forum.mail.send-every=PT1H",
                "logging.level.root=WARN", "logging.level.forum=INFO"})
public @interface ForumIntegrationTest {

    String SCRAPER = "prometheus";
    String SCRAPE_PASSWORD = "the scrape secret of the tests";
}
