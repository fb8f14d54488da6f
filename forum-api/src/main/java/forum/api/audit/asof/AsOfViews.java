package forum.api.audit.asof;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.core.forum.ForumEstablished;
import forum.core.meeting.MeetingScheduled;
import forum.core.venue.VenueRegistered;

/**
 * The as-of views of the caller's municipality. Nothing at the instant, whether the thing did not exist yet, never
 * existed or is another municipality's, is not found: the same answer as for an id of no such thing.
 */
@Service
public class AsOfViews {

    private final StoredHistory histories;

    AsOfViews(StoredHistory histories) {
        this.histories = histories;
    }

    @Transactional(readOnly = true)
    public VenueAsOf venue(ForumUser user, UUID venueId, Instant asOf) {
        List<Past> history = existing(histories.until(Tenants.of(user), venueId, asOf), VenueRegistered.class);
        return VenueFold.fold(venueId, asOf, history, Readers.readsCaseFreeText(user));
    }

    @Transactional(readOnly = true)
    public ForumAsOf forum(ForumUser user, UUID forumId, Instant asOf) {
        return ForumFold.fold(forumId, asOf, existing(histories.until(Tenants.of(user), forumId, asOf),
                ForumEstablished.class));
    }

    @Transactional(readOnly = true)
    public MeetingAsOf meeting(ForumUser user, UUID meetingId, Instant asOf) {
        UUID tenantId = Tenants.of(user);
        List<Past> history = existing(histories.until(tenantId, meetingId, asOf), MeetingScheduled.class);
        UUID forumId = ((MeetingScheduled) history.get(0).event()).forumId();
        List<Past> forumHistory = histories.until(tenantId, forumId, asOf);
        ForumAsOf forum = forumHistory.isEmpty() ? null : ForumFold.fold(forumId, asOf, forumHistory);
        Map<UUID, ForumAsOf.Member> members = ForumFold.everyMember(forumHistory);
        return MeetingFold.fold(meetingId, asOf, history, forum, members);
    }

    /**
     * Whether the municipality has such a thing at all, begun by this event (VenueRegistered, ForumEstablished,
     * MeetingScheduled): a page tells "not yet then" apart from "no such thing here".
     */
    public boolean exists(ForumUser user, UUID aggregateId, Class<?> firstEvent) {
        return histories.began(Tenants.of(user), aggregateId, firstEvent);
    }

    /** The history of a thing of this kind; a venue's id given for a forum is no such forum. */
    private static List<Past> existing(List<Past> history, Class<?> firstEvent) {
        if (history.isEmpty() || !firstEvent.isInstance(history.get(0).event())) {
            throw QueryProblems.notFound();
        }
        return history;
    }
}
