package forum.api.erasure;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One place where a person appears: a read-model row of an event's data subject ({@code subject}, erased by deleting
 * its key), an account ({@code accountId}) or an invitation ({@code invitationId}), which are rows of their own.
 * {@code values} are the row's personal values by column; {@code context} names where the row belongs (a forum, a
 * venue, the account's roles), never a person.
 */
public record Place(String kind, String table, UUID id, String subject, UUID accountId, UUID invitationId,
                    String context, Map<String, String> values, Instant recordedAt, Instant endedAt,
                    String recordedBy) {

    /** What an erasure form sends for this place: the subject, or {@code account:<id>}/{@code invitation:<id>}. */
    public String choice() {
        if (accountId != null) {
            return ACCOUNT + accountId;
        }
        return invitationId != null ? INVITATION + invitationId : subject;
    }

    static final String ACCOUNT = "account:";
    static final String INVITATION = "invitation:";
}
