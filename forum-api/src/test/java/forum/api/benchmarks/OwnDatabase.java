package forum.api.benchmarks;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Gives a benchmark a database and topics of its own on the same throwaway servers, so that the millions of
 * rows it writes leave the other benchmarks' store alone. Created afresh, owned like the application's.
 */
abstract class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final String database;

    OwnDatabase(String database) {
        this.database = database;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String forumUrl = environment.getRequiredProperty("spring.flyway.url");
        String ownUrl = forumUrl.substring(0, forumUrl.lastIndexOf('/') + 1) + database;
        String owner = environment.getRequiredProperty("spring.flyway.user");
        String app = environment.getRequiredProperty("spring.datasource.username");
        try (Connection server = DriverManager.getConnection(forumUrl, "postgres", "");
             Statement sql = server.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database + " owner " + owner + " encoding 'UTF8'");
            sql.execute("alter database " + database + " set synchronous_commit = on");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create " + database, e);
        }
        try (Connection own = DriverManager.getConnection(ownUrl, "postgres", "");
             Statement sql = own.createStatement()) {
            sql.execute("alter schema public owner to " + owner);
            sql.execute("revoke create on schema public from public");
            sql.execute("grant usage on schema public to " + app);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare " + database, e);
        }
        String topic = "forum." + database + ".domain-events";
        environment.getPropertySources().addFirst(new MapPropertySource(database, Map.of(
                "spring.datasource.url", ownUrl,
                "spring.flyway.url", ownUrl,
                "forum.kafka.topics.domain-events", topic,
                "forum.kafka.topics.dead-letters", topic + ".dead-letters")));
    }
}
