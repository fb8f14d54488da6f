package forum.core.network;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.municipality.Country;

/** Sent by the platform operator; belongs to no tenant. */
public record CreateNetwork(@TargetAggregateIdentifier UUID networkId, String name, Country country) {
}
