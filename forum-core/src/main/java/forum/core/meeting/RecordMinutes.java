package forum.core.meeting;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

/** Records or replaces the minutes until they are approved. */
public record RecordMinutes(UUID tenantId,
                            @TargetAggregateIdentifier UUID meetingId,
                            @PersonalData String text) implements TenantCommand {
}
