package forum.api.consistency;

import java.time.Clock;
import java.time.Duration;

import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

@Configuration
class ConsistencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsistencyConfiguration.class);

    @Bean
    PositionTokens positionTokens(@Value("${forum.consistency.position-secret:}") String secret) {
        if (secret.isBlank()) {
            log.info("No forum.consistency.position-secret: positions given out are valid on this instance only, "
                    + "until it stops");
            return PositionTokens.withRandomSecret();
        }
        return PositionTokens.withSecret(secret);
    }

    /** On the event bus itself: aggregates publish there, not through the event gateway Axon gives interceptors. */
    @Bean
    Registration appendedEventsInterceptor(EventStore eventStore) {
        return eventStore.registerDispatchInterceptor(new AppendedEvents());
    }

    @Bean
    FilterRegistrationBean<ConsistencyFilter> consistencyFilter(
            PositionTokens tokens, JdbcClient jdbc, Clock clock, ObjectMapper json,
            @Value("${forum.consistency.read-wait:5s}") Duration readWait,
            @Value("${forum.consistency.remember-writes-for:10s}") Duration rememberWrites,
            @Value("${forum.consistency.poll-interval:20ms}") Duration pollInterval) {
        FilterRegistrationBean<ConsistencyFilter> registration = new FilterRegistrationBean<>(new ConsistencyFilter(
                tokens, new AppliedPositions(jdbc, pollInterval), new RecentWrites(rememberWrites, clock), readWait,
                json));
        // The API and the pages: a page that follows a form shows what the form changed.
        registration.addUrlPatterns("/*");
        // After Spring Security's chain, which knows the user, and around the IdempotencyFilter, which commits.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
        return registration;
    }
}
