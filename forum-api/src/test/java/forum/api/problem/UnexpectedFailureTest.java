package forum.api.problem;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A failure no handler expects still answers as a problem detail, and tells the client nothing of the inside.
 * The controller here only throws: such failures cannot be provoked on purpose through the real endpoints.
 */
class UnexpectedFailureTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ProblemAdvice()).build();

    @Test
    void anUnexpectedExceptionIsAnInternalProblemWithAnIncident() throws Exception {
        mvc.perform(get("/fails/exception"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/internal"))
                .andExpect(jsonPath("$.incident").isString())
                .andExpect(content().string(not(containsString("secret table"))));
    }

    @Test
    void anErrorIsAnInternalProblemToo() throws Exception {
        mvc.perform(get("/fails/error"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("internal"))
                .andExpect(content().string(not(containsString("AssertionError"))));
    }

    @RestController
    static class FailingController {

        @GetMapping("/fails/exception")
        String exception() {
            throw new IllegalStateException("secret table forum_internal is broken");
        }

        @GetMapping("/fails/error")
        String error() {
            throw new AssertionError("should not happen");
        }
    }
}
