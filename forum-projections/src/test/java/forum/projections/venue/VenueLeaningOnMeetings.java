package forum.projections.venue;

import forum.projections.meeting.MeetingCalendar;

/** For TanglesArchitectureTest: a feature that uses another feature's query. */
public class VenueLeaningOnMeetings {

    MeetingCalendar meetings;
}
