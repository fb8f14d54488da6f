package forum.infra;

import forum.infra.postgres.DatabaseAccess;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Starts the servers Forum needs before the application context is built, unless they are configured:
 * {@code spring.datasource.url} and {@code spring.kafka.bootstrap-servers} (or SPRING_DATASOURCE_URL and
 * SPRING_KAFKA_BOOTSTRAP_SERVERS) point at running servers and then nothing embedded starts.
 * The servers are registered as the context's first disposable bean, so they stop last, after the
 * web server, the Kafka consumers and the connection pool have shut down gracefully.
 */
public class ForumServersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    public static final String SELECTION = "forum.infra.servers";
    public static final String DATA_DIRECTORY = "forum.infra.data-directory";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        boolean needDatabase = !env.containsProperty("spring.datasource.url");
        boolean needKafka = !env.containsProperty("spring.kafka.bootstrap-servers");
        if (!needDatabase && !needKafka) {
            return;
        }
        ServerSelection selection = ServerSelection.valueOf(
                env.getProperty(SELECTION, "persistent").toUpperCase(Locale.ROOT));
        ForumServers servers = switch (selection) {
            case EXTERNAL -> throw new IllegalStateException(missingConfiguration(needDatabase, needKafka));
            case THROWAWAY -> ThrowawayServers.get(needDatabase, needKafka);
            case PERSISTENT -> startPersistent(context, env, needDatabase, needKafka);
        };
        Map<String, Object> properties = new HashMap<>();
        if (needDatabase) {
            putDatabase(properties, servers.database());
        }
        if (needKafka) {
            properties.put("spring.kafka.bootstrap-servers", servers.kafkaBootstrapServers());
        }
        env.getPropertySources().addFirst(new MapPropertySource("forumServers", properties));
    }

    private static ForumServers startPersistent(ConfigurableApplicationContext context, ConfigurableEnvironment env,
                                                boolean needDatabase, boolean needKafka) {
        ForumServers servers = new ForumServers();
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerDisposableBean("forumEmbeddedServers", servers::close);
        Path data = Path.of(env.getProperty(DATA_DIRECTORY,
                Path.of(System.getProperty("user.home"), ".forum").toString()));
        if (needDatabase) {
            servers.startEmbeddedPostgres(data.resolve("postgres"));
        }
        if (needKafka) {
            servers.startEmbeddedKafka(data.resolve("kafka"));
        }
        return servers;
    }

    private static void putDatabase(Map<String, Object> properties, DatabaseAccess db) {
        properties.put("spring.datasource.url", db.jdbcUrl());
        properties.put("spring.datasource.username", db.appUser());
        properties.put("spring.datasource.password", db.appPassword());
        properties.put("spring.flyway.url", db.jdbcUrl());
        properties.put("spring.flyway.user", db.ownerUser());
        properties.put("spring.flyway.password", db.ownerPassword());
        properties.put("spring.flyway.placeholders.app_role", db.appUser());
        properties.put("spring.flyway.placeholders.relay_role", db.relayUser());
        properties.put("forum.relay.datasource.username", db.relayUser());
        properties.put("forum.relay.datasource.password", db.relayPassword());
    }

    private static String missingConfiguration(boolean database, boolean kafka) {
        return "forum.infra.servers=external but " + (database ? "spring.datasource.url" : "")
                + (database && kafka ? " and " : "") + (kafka ? "spring.kafka.bootstrap-servers" : "")
                + " not set: point them at the PostgreSQL server and the Kafka cluster";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
