package forum.projections.meeting;

import java.time.Instant;

public record MeetingDecision(String text, Instant recordedAt) {
}
