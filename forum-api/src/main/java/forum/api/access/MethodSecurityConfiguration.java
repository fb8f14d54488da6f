package forum.api.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Turns on the {@link Allowed} annotations (Spring's {@code @PreAuthorize}) on controller methods. */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfiguration {
}
