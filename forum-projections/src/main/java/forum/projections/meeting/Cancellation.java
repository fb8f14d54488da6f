package forum.projections.meeting;

import java.time.Instant;

/** The reason is free text. */
public record Cancellation(Instant cancelledAt, String reason) {
}
