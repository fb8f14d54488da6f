package forum.core.meeting;

import java.util.UUID;

import forum.core.shared.DomainEvent;

public sealed interface MeetingEvent extends DomainEvent
        permits MeetingScheduled, MeetingRescheduled, MeetingCancelled, AttendanceRecorded, MinutesRecorded,
        MinutesApproved, DecisionRecorded, ActionItemAssigned, ActionItemCompleted {

    UUID tenantId();

    UUID meetingId();
}
