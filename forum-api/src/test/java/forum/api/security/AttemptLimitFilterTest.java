package forum.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ups are counted by their outcome: a mistyped official code does not use up the address's sign-ups. */
class AttemptLimitFilterTest {

    private final AttemptLimits limits = new AttemptLimits(
            new AttemptLimits.Limits(2, Duration.ofHours(1), 10, Duration.ofMinutes(15), 100, 5),
            Clock.fixed(Instant.parse("2026-12-07T06:00:00Z"), ZoneOffset.UTC));
    private final AttemptLimitFilter filter = new AttemptLimitFilter(limits, new ObjectMapper());

    @Test
    void refusedSignUpsLeaveTheSignUpsAndTheLimitSaysWhenToComeBack() throws Exception {
        for (int mistyped = 0; mistyped < 4; mistyped++) {
            assertThat(signUp(400).getStatus()).isEqualTo(400);
        }
        assertThat(signUp(201).getStatus()).isEqualTo(201);
        assertThat(signUp(201).getStatus()).isEqualTo(201);

        MockHttpServletResponse refused = signUp(201);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"code\":\"too-many-attempts\"");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("3600");
    }

    @Test
    void aServerFailureCountsNeitherAsASignUpNorAsARefusal() throws Exception {
        for (int failed = 0; failed < 10; failed++) {
            assertThat(signUp(503).getStatus()).isEqualTo(503);
        }
        assertThat(signUp(201).getStatus()).isEqualTo(201);
    }

    private MockHttpServletResponse signUp(int answer) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/municipalities");
        request.setRemoteAddr("10.1.2.3");
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain handler = (req, res) -> ((MockHttpServletResponse) res).setStatus(answer);
        filter.doFilter(request, response, handler);
        return response;
    }
}
