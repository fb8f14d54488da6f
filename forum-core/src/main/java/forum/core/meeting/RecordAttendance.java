package forum.core.meeting;

import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

/** Members not listed as present are recorded as absent. */
public record RecordAttendance(UUID tenantId,
                               @TargetAggregateIdentifier UUID meetingId,
                               Set<UUID> presentMemberIds) implements TenantCommand {
}
