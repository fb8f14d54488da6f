package forum.api.security;

import forum.api.problem.DatabaseUnavailable;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * The sign-in form's failure: back to the form, which shows the failure's message. When the database is away,
 * that message says to try again instead of the driver's words, which would tell a user about the inside and
 * nothing useful.
 */
class DatabaseAwareSignInFailure extends SimpleUrlAuthenticationFailureHandler {

    static final String TRY_AGAIN = "Signing in is not possible at the moment: the service cannot reach its"
            + " database. Please try again in a minute.";

    private static final Logger log = LoggerFactory.getLogger(DatabaseAwareSignInFailure.class);

    DatabaseAwareSignInFailure() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        if (DatabaseUnavailable.causes(failure)) {
            log.warn("Signing in on the form failed: the database is unavailable", failure);
            failure = new AuthenticationServiceException(TRY_AGAIN);
        }
        super.onAuthenticationFailure(request, response, failure);
    }
}
