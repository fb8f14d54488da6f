package forum.api.consistency;

import java.util.UUID;

/**
 * The headers of read-your-writes, and the one thing a write's code may add: that its events count as the writes
 * of a user other than the signed-in one (a sign-up's new coordinator).
 */
public final class ReadYourWrites {

    /** On a write's 2xx answer: the position of the events it appended, to echo in {@link #AWAIT_POSITION}. */
    public static final String POSITION = "Forum-Position";
    /** On a read: wait until the projections have applied this position. */
    public static final String AWAIT_POSITION = "Forum-Await-Position";
    /** On a read's answer, {@code true} when the wait ran out: the answer may not show the writes awaited. */
    public static final String PENDING = "Forum-Position-Pending";

    private ReadYourWrites() {
    }

    /** The current request's events count as writes of this user too: the user's next reads wait for them. */
    public static void alsoFor(UUID user) {
        RequestWrites.current().ifPresent(writes -> writes.alsoFor(user));
    }
}
