package forum.projections.support;

import forum.projections.ProjectionsTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The projections with their consumers on a real PostgreSQL (as the application role, so row-level security
 * applies) and a real Kafka broker: the configured ones, Testcontainers, or embedded ones per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ProjectionsTestApplication.class, properties = {
        "forum.infra.servers=throwaway",
        "spring.flyway.locations=classpath:db/migration/platform,classpath:db/migration/projections",
        "spring.kafka.consumer.auto-offset-reset=earliest",
        "spring.jpa.open-in-view=false"})
public @interface ProjectionsIntegrationTest {
}
