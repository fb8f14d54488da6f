package forum.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

public record RescheduleMeeting(UUID tenantId,
                                @TargetAggregateIdentifier UUID meetingId,
                                Instant startsAt,
                                Duration duration,
                                String location) implements TenantCommand {
}
