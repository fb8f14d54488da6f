package forum.api.publishing;

import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The publisher's source tells its streams when events are committed, so the pooled processor is woken
 * instead of polling. Without the signal the callback would never run.
 */
@ForumIntegrationTest
class SignallingEventSourceIT {

    @Autowired
    SignallingEventSource committedEvents;

    @Autowired
    TestRestTemplate http;

    @Test
    void aStreamIsSignalledWhenEventsAreCommittedAndNoLongerOnceClosed() {
        AtomicInteger signals = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = committedEvents.openStream(committedEvents.createHeadToken());
        assertThat(stream.setOnAvailableCallback(signals::incrementAndGet)).as("callback supported").isTrue();

        SignUps.signUp(http);
        await().atMost(Duration.ofSeconds(30)).until(() -> signals.get() > 0);
        assertThat(stream.hasNextAvailable()).as("the signalled event is there to read").isTrue();

        stream.close();
        int afterClose = signals.get();
        SignUps.signUp(http);
        SignUps.signUp(http);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> signals.get() == afterClose);
    }
}
