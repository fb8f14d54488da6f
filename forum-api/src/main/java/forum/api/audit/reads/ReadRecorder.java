package forum.api.audit.reads;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import forum.api.security.ForumUser;
import forum.api.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records every read an auditor makes through the auditor's routes, whoever adds them later: pages under
 * {@code /audit}, JSON under {@code /api/v1/audit}, and handlers marked {@link RecordedRead}. A read is recorded
 * once answered (a refusal or a not-found read nothing), with the route's pattern, its path variables and query
 * parameters, and the path asked for.
 */
@Configuration
class ReadRecorder implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(ReadRecorder.class);

    private final ReadLog log;

    ReadRecorder(ReadLog log) {
        this.log = log;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (failure != null || response.getStatus() >= 400 || !"GET".equals(request.getMethod())
                || !(handler instanceof HandlerMethod method) || !recorded(request, method)) {
            return;
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof ForumUser user) || !user.has(Role.AUDITOR)
                || user.tenantId() == null) {
            return;
        }
        String route = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            log.record(user.tenantId(), user.userId(), route, ids(request), path);
        } catch (RuntimeException notRecorded) {
            // The answer is sent; the failure is the operator's to see.
            LOG.error("An auditor's read of {} by {} was not recorded", path, user.userId(), notRecorded);
        }
    }

    private static boolean recorded(HttpServletRequest request, HandlerMethod method) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/audit") || path.startsWith("/audit/") || path.startsWith("/api/v1/audit/")
                || method.hasMethodAnnotation(RecordedRead.class);
    }

    /** The route's path variables, then its query parameters (the first value of each). */
    private static Map<String, String> ids(HttpServletRequest request) {
        Map<String, String> ids = new LinkedHashMap<>();
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> byName) {
            byName.forEach((name, value) -> ids.put(String.valueOf(name), String.valueOf(value)));
        }
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && values.length > 0) {
                ids.putIfAbsent(name, values[0]);
            }
        });
        return ids;
    }
}
