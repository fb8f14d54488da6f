package forum.core.meeting;

import java.util.UUID;

/**
 * Port through which other aggregates' command handlers learn whether a meeting exists; Axon injects it as
 * a handler parameter. A meeting of another tenant does not exist.
 */
public interface MeetingDirectory {

    boolean exists(UUID tenantId, UUID meetingId);
}
