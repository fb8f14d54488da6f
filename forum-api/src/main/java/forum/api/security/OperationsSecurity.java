package forum.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The actuator's door. Health's status and the liveness and readiness probes are open, so load balancers and
 * the orchestrator need no account; metrics, the Prometheus scrape, info and health's details (the database, the
 * disk, the Kafka cluster) are for the operator and the scraper only, since they describe the whole platform,
 * every tenant's load included. Health hides its details from the rest by management.endpoint.health.roles.
 */
@Configuration
@EnableConfigurationProperties(ScrapeCredential.class)
class OperationsSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, ScrapeCredential scrape, ObjectProvider<JwtDecoder> jwtDecoder,
                                   JwtUsers.Claims claims, AttemptLimits limits, ObjectMapper json) throws Exception {
        OperationsRefusals refusals = new OperationsRefusals(json);
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAnyRole(Role.OPERATOR.name(), ScrapeAuthentication.SCRAPER))
                // Tried before the accounts; a failed scrape counts towards the sign-in limits like any other.
                .authenticationProvider(new ScrapeAuthentication(scrape))
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .exceptionHandling(refused -> refused.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterBefore(new AttemptLimitFilter(limits, json), BasicAuthenticationFilter.class);
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(refusals)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtUsers(claims))));
        }
        return http.build();
    }
}
