package forum.core.meeting;

import java.util.UUID;

import forum.core.forum.MemberRole;

/** A forum member as recorded in a meeting's attendance; the role lets statistics count attendance by role. */
public record Attendee(UUID memberId, MemberRole role) {
}
