package forum.core.erasure;

import java.util.List;
import java.util.UUID;

import forum.core.shared.TenantCommand;

/**
 * Erases the personal data of the given data subjects of the tenant ({@code <kind>:<uuid>}, as
 * {@link forum.core.shared.PersonalData} names them). Sent by the erasure service, which deletes the subjects' keys in
 * the same transaction.
 */
public record ErasePersonalData(UUID tenantId,
                                UUID erasureId,
                                List<String> subjects,
                                ErasureReason reason) implements TenantCommand {
}
