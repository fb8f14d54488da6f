package forum.projections.meeting;

/** HELD once attendance or minutes are recorded; a cancelled meeting stays in the calendar as CANCELLED. */
public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED
}
