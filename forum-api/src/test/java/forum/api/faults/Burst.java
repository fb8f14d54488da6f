package forum.api.faults;

import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.Severity;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issues registered on the venues of several tenants in turn, as fast as the command path takes them, in a
 * thread of its own, counting the commands the application accepted (and those it refused while something was
 * broken). Consecutive events belong to different tenants, as in production, so the consumers' batches hold
 * several tenants' rows.
 */
final class Burst {

    private record Venue(UUID tenant, UUID id) {
    }

    private final CommandGateway commands;
    private final List<Venue> venues = new ArrayList<>();
    private final Map<UUID, AtomicInteger> acceptedByTenant = new ConcurrentHashMap<>();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();

    Burst(CommandGateway commands, List<UUID> tenants, int venuesPerTenant) {
        this.commands = commands;
        for (int i = 0; i < venuesPerTenant; i++) {
            for (UUID tenant : tenants) {
                Venue venue = new Venue(tenant, UUID.randomUUID());
                commands.sendAndWait(new RegisterVenue(tenant, venue.id(), "Venue " + venue.id(), "Street 1",
                        "L-" + venue.id(), "Holder AB", LicenceKind.PERMANENT_PUBLIC, "11-01"));
                venues.add(venue);
                acceptedByTenant.put(tenant, new AtomicInteger());
            }
        }
    }

    /** The issues of this tenant the application accepted. */
    int accepted(UUID tenant) {
        return acceptedByTenant.get(tenant).get();
    }

    CompletableFuture<Void> start(int issues) {
        return CompletableFuture.runAsync(() -> {
            for (int i = 0; i < issues; i++) {
                Venue venue = venues.get(i % venues.size());
                try {
                    commands.sendAndWait(new RegisterVenueIssue(venue.tenant(), venue.id(), UUID.randomUUID(),
                            IssueCategory.DISORDER, Instant.now().minus(1, ChronoUnit.HOURS), IssueSource.POLICE,
                            "Bråk i kön", Severity.LOW));
                    acceptedByTenant.get(venue.tenant()).incrementAndGet();
                    accepted.incrementAndGet();
                } catch (RuntimeException brokenMeanwhile) {
                    if (refused.incrementAndGet() <= 3) {
                        System.out.println("Refused while broken: " + brokenMeanwhile);
                    }
                }
            }
        });
    }
}
