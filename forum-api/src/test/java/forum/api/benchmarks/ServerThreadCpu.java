package forum.api.benchmarks;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CPU time each HTTP request takes on the server thread that handles it, from before the first filter to
 * after the response: what the web and security stack and the command cost, apart from the client, the JIT
 * compiler and the pipeline working in the background, which the process's CPU time counts too.
 */
@TestConfiguration(proxyBeanMethods = false)
class ServerThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final LongAdder nanos = new LongAdder();
    final LongAdder requests = new LongAdder();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> serverThreadCpuFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                long started = THREADS.getCurrentThreadCpuTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    nanos.add(THREADS.getCurrentThreadCpuTime() - started);
                    requests.increment();
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Milliseconds of server-thread CPU per request since {@code before}, a value of {@link #total()}. */
    double perRequestSince(long[] before) {
        long[] now = total();
        return (now[0] - before[0]) / 1e6 / Math.max(1, now[1] - before[1]);
    }

    long[] total() {
        return new long[] {nanos.sum(), requests.sum()};
    }
}
