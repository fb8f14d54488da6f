package forum.api.benchmarks;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The server's own time for each request the benchmark names in a {@value #HEADER} header, taken by two filters:
 * from before the first filter until the response is written (all the server does, the sign-in included), and
 * from after Spring Security's filters (the page alone: controller, queries, template). The client collects the
 * figures by name after the response, so network and client time are left out without trusting a header.
 */
@TestConfiguration(proxyBeanMethods = false)
class ServerTime {

    static final String HEADER = "X-Bench-Request";

    /** Nanoseconds; -1 until taken. */
    static final class Taken {
        volatile long whole = -1;
        volatile long pastSignIn = -1;
    }

    private final Map<String, Taken> taken = new ConcurrentHashMap<>();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> serverTimeFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(timing(true));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pastSignInTimeFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(timing(false));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    private OncePerRequestFilter timing(boolean whole) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String name = request.getHeader(HEADER);
                long started = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (name != null) {
                        Taken times = taken.computeIfAbsent(name, key -> new Taken());
                        if (whole) {
                            times.whole = System.nanoTime() - started;
                        } else {
                            times.pastSignIn = System.nanoTime() - started;
                        }
                    }
                }
            }
        };
    }

    /**
     * The figures of a named request, once its outer filter is done: the client may read the last byte of a
     * response a moment before the filter returns. A request refused by Spring Security has no second figure (-1).
     */
    Taken take(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            Taken times = taken.get(name);
            if (times != null && times.whole >= 0) {
                return taken.remove(name);
            }
            // The filter records the time just after the response is written, a fraction of a millisecond after the
            // client has it: a 0.2 ms pause waits for it without adding to what is measured.
            Thread.sleep(0, 200_000);
        }
        throw new AssertionError("No server time for request " + name);
    }
}
