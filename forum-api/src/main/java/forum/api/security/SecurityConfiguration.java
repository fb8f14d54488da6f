package forum.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The API's door: stateless, HTTP Basic with the built-in accounts (and bearer tokens where an issuer is
 * configured). Only sign-up is open without an account. The pages have a door of their own, {@link PageSecurity}.
 */
@Configuration
@EnableConfigurationProperties({JwtUsers.Claims.class, AttemptLimits.Limits.class})
class SecurityConfiguration {

    /**
     * With an issuer configured, the API also accepts bearer tokens of the municipalities' identity
     * providers; the built-in accounts (HTTP Basic) remain for the default run and for operators.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, JwtUsers.Claims claims,
                            AttemptLimits limits, ObjectMapper json) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/municipalities").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new DatabaseAwareEntryPoint(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies on the API, so no cross-site request can ride on a session.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new AttemptLimitFilter(limits, json), BasicAuthenticationFilter.class);
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(DatabaseAwareEntryPoint.bearer(json))
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtUsers(claims))));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
