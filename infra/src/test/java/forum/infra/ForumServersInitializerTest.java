package forum.infra;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForumServersInitializerTest {

    @Test
    void configuredServersStartNothingEmbedded() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/forum")
                .withProperty("spring.kafka.bootstrap-servers", "kafka.example:9092");
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(env);

        new ForumServersInitializer().initialize(context);

        assertThat(env.getPropertySources().contains("forumServers")).isFalse();
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/forum");
        assertThat(context.getBeanFactory().containsSingleton("forumEmbeddedServers")).isFalse();
    }

    @Test
    void externalSelectionWithoutServersRefusesToStartWithOneLine() {
        MockEnvironment env = new MockEnvironment()
                .withProperty(ForumServersInitializer.SELECTION, "external")
                .withProperty("spring.kafka.bootstrap-servers", "kafka.example:9092");
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(env);

        assertThatThrownBy(() -> new ForumServersInitializer().initialize(context))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("forum.infra.servers=external but spring.datasource.url not set: "
                        + "point them at the PostgreSQL server and the Kafka cluster");
    }
}
