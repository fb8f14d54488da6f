package forum.core.sanction;

import java.time.LocalDate;
import java.util.UUID;

/** A breach the licensing authority named in a decision: its type and the day it was committed. */
public record RecordedBreach(UUID decisionId, String breachType, LocalDate committedOn) {
}
