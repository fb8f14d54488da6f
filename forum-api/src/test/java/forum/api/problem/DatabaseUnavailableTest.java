package forum.api.problem;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The database away is a 503 to try again, telling a read from a change whose outcome may be unknown; a database
 * error that is a bug stays a 500. FaultToleranceIT drops real connections under real requests.
 */
class DatabaseUnavailableTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new DatabaseController())
            .setControllerAdvice(new ProblemAdvice()).build();

    @Test
    void aReadWithoutAFreeConnectionIsToBeTriedAgain() throws Exception {
        mvc.perform(get("/database/no-connection"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(jsonPath("$.code").value("database-unavailable"))
                .andExpect(jsonPath("$.detail").value(containsString("try again")))
                .andExpect(jsonPath("$.incident").isString())
                .andExpect(content().string(not(containsString("pool"))));
    }

    @Test
    void aChangeWhoseConnectionBrokeMayHaveBeenSaved() throws Exception {
        mvc.perform(post("/database/connection-broke"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("database-unavailable"))
                .andExpect(jsonPath("$.detail").value(containsString("may have been saved")))
                .andExpect(jsonPath("$.detail").value(containsString("Idempotency-Key")))
                .andExpect(content().string(not(containsString("administrator"))));
    }

    @Test
    void aDatabaseErrorThatIsABugIsAnInternalProblem() throws Exception {
        mvc.perform(post("/database/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("internal"))
                .andExpect(header().doesNotExist(HttpHeaders.RETRY_AFTER));
    }

    @RestController
    static class DatabaseController {

        @GetMapping("/database/no-connection")
        String noConnection() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager",
                    new SQLTransientConnectionException("pool timed out after 30000ms"));
        }

        /** As the command bus hands it on: the driver's exception under the event store's and Axon's. */
        @PostMapping("/database/connection-broke")
        String connectionBroke() {
            throw new IllegalStateException("An event could not be persisted", new RuntimeException("flush failed",
                    new SQLException("terminating connection due to administrator command", "57P01")));
        }

        @PostMapping("/database/bug")
        String bug() {
            throw new IllegalStateException("Query failed",
                    new SQLException("column \"naem\" does not exist", "42703"));
        }
    }
}
