package forum.api.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention job runs on the schedule of {@code forum.retention.schedule} (application.yml). */
@Configuration
@EnableScheduling
class RetentionConfiguration {
}
