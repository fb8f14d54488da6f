package forum.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

public record ScheduleMeeting(UUID tenantId,
                              @TargetAggregateIdentifier UUID meetingId,
                              UUID forumId,
                              Instant startsAt,
                              Duration duration,
                              String location,
                              List<String> agenda) implements TenantCommand {
}
