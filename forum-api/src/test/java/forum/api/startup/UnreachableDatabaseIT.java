package forum.api.startup;

import forum.api.ForumApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A database that cannot be reached stops the start at once, with one readable sentence. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableDatabaseIT {

    @Test
    void failsFastWithAOneLineExplanation(CapturedOutput output) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                assertThatThrownBy(() -> SpringApplication.run(ForumApplication.class,
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/forum",
                        "--spring.datasource.username=forum_app",
                        "--spring.kafka.bootstrap-servers=127.0.0.1:1",
                        "--server.port=0", "--forum.demo.enabled=false")).isNotNull());

        assertThat(output).contains("Forum cannot use its PostgreSQL database: Connection to 127.0.0.1:1 refused")
                .contains("Start the database or correct spring.datasource.url");
        // The explanation replaces the stack trace: no frames are printed.
        assertThat(output.getAll()).doesNotContain("\tat org.springframework");
    }
}
