package forum.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator whose password could not be checked, because the database is away, is told to try again. */
class OperationsRefusalsTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

    @Test
    void aSignInWhileTheDatabaseIsAwayIs503NotA401() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new OperationsRefusals(json).commence(new MockHttpServletRequest("GET", "/actuator/metrics"), response,
                new InternalAuthenticationServiceException("accounts unreadable", new CannotCreateTransactionException(
                        "no connection", new SQLTransientConnectionException("Connection is not available"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(json.readTree(response.getContentAsString()).path("code").asText())
                .isEqualTo("database-unavailable");
    }
}
