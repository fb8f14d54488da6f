package forum.api.agreement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public member lists, read without sign-in: only their three addresses, only GET, no session. Framing is
 * decided per answer by {@link PublicMemberList} (the embeddable variant may be framed by any site, the page
 * itself by none), so Spring's blanket X-Frame-Options is off here.
 */
@Configuration
class PublicListSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain publicMemberLists(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/public/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PublicMemberList.PAGE, PublicMemberList.EMBED,
                                PublicMemberList.JSON).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Nothing here changes anything or reads a session: there is no form to forge.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frames -> frames.disable()))
                .build();
    }
}
