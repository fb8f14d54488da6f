package forum.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password that could not be checked because the database is away is not a wrong password: the API answers
 * 503 to try again, the form says so; a wrong password still answers 401 and "Bad credentials". FaultToleranceIT
 * drops real connections under real sign-ins.
 */
class SignInWithoutDatabaseTest {

    /** What DaoAuthenticationProvider throws when loading the account fails. */
    private static final AuthenticationException ACCOUNTS_UNREADABLE = new InternalAuthenticationServiceException(
            "Could not open JPA EntityManager for transaction", new CannotCreateTransactionException(
            "Could not open JPA EntityManager for transaction",
            new SQLTransientConnectionException("forum - Connection is not available, request timed out")));

    /** Built as the application's, which writes a problem's properties at the top level. */
    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

    @Test
    void theApiAnswersThatTheDatabaseIsUnavailable() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new DatabaseAwareEntryPoint(json).commence(new MockHttpServletRequest("POST", "/api/v1/venues"), response,
                ACCOUNTS_UNREADABLE);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isNull();
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.path("code").asText()).isEqualTo("database-unavailable");
        assertThat(response.getContentAsString()).doesNotContain("EntityManager", "request timed out");
    }

    @Test
    void theApiStillAnswers401ToAWrongPassword() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new DatabaseAwareEntryPoint(json).commence(new MockHttpServletRequest("GET", "/api/v1/venues"), response,
                new BadCredentialsException("Bad credentials"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void theFormSaysToTryAgainInsteadOfTheDriversWords() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new DatabaseAwareSignInFailure().onAuthenticationFailure(request, response, ACCOUNTS_UNREADABLE);

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(shownOnTheForm(request)).isEqualTo(DatabaseAwareSignInFailure.TRY_AGAIN);
    }

    @Test
    void theFormStillSaysBadCredentialsToAWrongPassword() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");

        new DatabaseAwareSignInFailure().onAuthenticationFailure(request, new MockHttpServletResponse(),
                new BadCredentialsException("Bad credentials"));

        assertThat(shownOnTheForm(request)).isEqualTo("Bad credentials");
    }

    /** The generated sign-in page shows the message of the failure kept in the session. */
    private static String shownOnTheForm(MockHttpServletRequest request) {
        Object failure = request.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return ((AuthenticationException) failure).getMessage();
    }
}
