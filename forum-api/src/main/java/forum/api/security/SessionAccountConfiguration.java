package forum.api.security;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SessionAccountConfiguration {

    @Bean
    FilterRegistrationBean<SessionAccountCheck> sessionAccountCheck(SessionAccounts accounts) {
        FilterRegistrationBean<SessionAccountCheck> registration =
                new FilterRegistrationBean<>(new SessionAccountCheck(accounts));
        // After Spring Security's filter chain, which has loaded the session's sign-in, before any page.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
        return registration;
    }
}
