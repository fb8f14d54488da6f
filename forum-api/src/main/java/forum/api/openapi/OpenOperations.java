package forum.api.openapi;

import java.util.Map;

/**
 * The operations open without signing in, as SecurityConfiguration (sign-up) and AcceptanceSecurity (an
 * invitation's acceptance) let them through; ApiDocumentWalkIT fails if the document and the server disagree.
 */
final class OpenOperations {

    /** What an open operation can answer that others do not say the same way. */
    record Open(String tooMany, boolean checksCredentialsSent) {
    }

    private static final Map<String, Open> OPEN = Map.of(
            "POST /api/v1/municipalities", new Open("Too many sign-ups from this address (code "
                    + "too-many-attempts). By default an address signs up at most 10 municipalities an hour, and may "
                    + "have 30 sign-ups refused an hour (a mistyped official code, a taken e-mail) besides; a refusal "
                    + "does not use up a sign-up. Retry-After says in how many seconds the address may sign up again",
                    // The API's chain reads HTTP Basic credentials wherever they are sent.
                    true),
            "POST /api/v1/invitations/{token}/acceptance", new Open("Too many unknown, used or expired invitation "
                    + "tokens from this address (code too-many-attempts); Retry-After says in how many seconds to "
                    + "come back", false));

    private OpenOperations() {
    }

    static boolean contains(String method, String path) {
        return OPEN.containsKey(method + " " + path);
    }

    static Open get(String method, String path) {
        return OPEN.get(method + " " + path);
    }
}
