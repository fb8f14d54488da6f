package forum.core.network;

import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.municipality.Country;

@Revision("1")
public record NetworkCreated(UUID networkId, String name, Country country) implements NetworkEvent {
}
