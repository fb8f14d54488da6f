package forum.core.erasure;

import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The subjects' keys were deleted: their sealed values read as erased from now on, wherever they lie. */
@Revision("1")
public record PersonalDataErased(UUID tenantId,
                                 UUID erasureId,
                                 List<String> subjects,
                                 ErasureReason reason) implements ErasureEvent {
}
