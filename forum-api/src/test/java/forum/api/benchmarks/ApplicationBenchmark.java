package forum.api.benchmarks;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import forum.api.eventstore.EventRelay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;

import static org.awaitility.Awaitility.await;

/**
 * What the benchmarks on the shared application have in common. Each subclass carries
 * {@code @ForumIntegrationTest}; with the same configuration they share one application context (and its
 * throwaway PostgreSQL and Kafka), started once per JVM. The trusted issuer lets requests sign in with a
 * bearer token, as in production, besides the built-in accounts.
 */
@Import({ServerThreadCpu.class, ServerTime.class})
abstract class ApplicationBenchmark {

    @DynamicPropertySource
    static void trustedIssuer(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                TrustedIssuer::publicKeyLocation);
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcClient jdbc;

    /** Every tenant's events: the requests' role sees one tenant's. */
    @Autowired
    EventRelay relay;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Environment environment;

    BenchDatabase database() {
        return BenchDatabase.of(environment);
    }

    /** Durable commits for every connection of the application's pool (see BenchDatabase). */
    @BeforeEach
    void durableCommits() throws SQLException {
        if (database().requireDurableCommits("forum")) {
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "on".equals(
                jdbc.sql("show synchronous_commit").query(String.class).single()));
    }
}
