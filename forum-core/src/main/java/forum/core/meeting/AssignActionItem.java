package forum.core.meeting;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

public record AssignActionItem(UUID tenantId,
                               @TargetAggregateIdentifier UUID meetingId,
                               UUID actionItemId,
                               UUID ownerMemberId,
                               @PersonalData String what,
                               LocalDate due) implements TenantCommand {
}
