package forum.api.lag;

import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.projections.runtime.ProjectionConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a Prometheus server scrapes: the projections' lag, under Prometheus names, as gauges. */
@ForumIntegrationTest
class PrometheusScrapeIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Test
    void theLagGaugesAppearInThePrometheusScrape() {
        String operator = "operator-" + UUID.randomUUID() + "@forum.example";
        accounts.create(null, operator, SignUps.PASSWORD, "Olga Operatør", EnumSet.of(Role.OPERATOR));
        // The age of the last applied event exists once the group has applied one.
        SignUps.signUp(http);
        String group = "group=\"" + ProjectionConsumer.GROUP + "\"";

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ResponseEntity<String> scrape = http.withBasicAuth(operator, SignUps.PASSWORD)
                    .getForEntity("/actuator/prometheus", String.class);

            assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(scrape.getBody())
                    .containsPattern(gauge("forum_consumer_records_behind"))
                    .containsPattern(sample("forum_consumer_records_behind", group))
                    .containsPattern(gauge("forum_consumer_last_applied_age_seconds"))
                    .containsPattern(sample("forum_consumer_last_applied_age_seconds", group))
                    .containsPattern(gauge("forum_publisher_events_behind"))
                    .containsPattern(sample("forum_publisher_events_behind", ""));
        });
    }

    private static Pattern gauge(String name) {
        return Pattern.compile("(?m)^# TYPE " + name + " gauge$");
    }

    /** A sample line with the given label among its labels, and a number. */
    private static Pattern sample(String name, String label) {
        return Pattern.compile("(?m)^" + name + "(\\{[^}]*" + Pattern.quote(label) + "[^}]*\\})? [0-9.eE+-]+$");
    }
}
