package forum.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses API request bodies over a limit (256 KiB by default: ten thousand characters of minutes fit many
 * times over) before anything reads them: 400 with a problem detail, nothing changed. A body without a
 * declared length is cut off at the limit and answers as a malformed body. The venue import takes a file of
 * thousands of venues: its own limit (10 MB by default).
 */
@Configuration
class BodySizeLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> bodySizeLimitFilter(
            @Value("${forum.api.max-body-size:256KB}") DataSize limit,
            @Value("${forum.api.max-import-size:10MB}") DataSize importLimit, ObjectMapper json) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(limit.toBytes(),
                importLimit.toBytes(), json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    private static final class Filter extends OncePerRequestFilter {

        private static final String IMPORT = "/api/v1/venues/import";

        private final long bodyLimit;
        private final long importLimit;
        private final ObjectMapper json;

        Filter(long bodyLimit, long importLimit, ObjectMapper json) {
            this.bodyLimit = bodyLimit;
            this.importLimit = importLimit;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long limit = IMPORT.equals(request.getRequestURI()) ? importLimit : bodyLimit;
            if (request.getContentLengthLong() > limit) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.BAD_REQUEST, "body-too-large",
                        "Request body too large", "The body may hold at most " + limit + " bytes"));
                return;
            }
            chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = body.read();
                    if (next >= 0 && ++read > limit) {
                        throw new IOException("Request body over " + limit + " bytes");
                    }
                    return next;
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
