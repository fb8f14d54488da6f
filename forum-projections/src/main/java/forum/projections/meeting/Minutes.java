package forum.projections.meeting;

import java.time.Instant;

/** The latest minutes of a meeting; approved minutes are final. */
public record Minutes(String text, Instant recordedAt, boolean approved, Instant approvedAt) {
}
