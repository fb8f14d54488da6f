package forum.projections.meeting;

import forum.core.forum.MemberRole;

import java.util.UUID;

/** A member's attendance with the role recorded at the time; the name is personal data. */
public record Attendance(UUID memberId, String personName, MemberRole role, boolean present) {
}
