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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Issues registered on a tenant's venues as fast as the command path takes them, in a thread of its own,
 * counting the commands the application accepted (and those it refused while something was broken).
 */
final class Burst {

    private final CommandGateway commands;
    private final UUID tenant;
    private final List<UUID> venues;
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();

    Burst(CommandGateway commands, UUID tenant, int venueCount) {
        this.commands = commands;
        this.tenant = tenant;
        this.venues = IntStream.range(0, venueCount).mapToObj(i -> UUID.randomUUID()).toList();
        for (UUID venue : venues) {
            commands.sendAndWait(new RegisterVenue(tenant, venue, "Venue " + venue, "Street 1", "L-" + venue,
                    "Holder AB", LicenceKind.PERMANENT_PUBLIC, "11-01"));
        }
    }

    CompletableFuture<Void> start(int issues) {
        return CompletableFuture.runAsync(() -> {
            for (int i = 0; i < issues; i++) {
                UUID venue = venues.get(i % venues.size());
                try {
                    commands.sendAndWait(new RegisterVenueIssue(tenant, venue, UUID.randomUUID(),
                            IssueCategory.DISORDER, Instant.now().minus(1, ChronoUnit.HOURS), IssueSource.POLICE,
                            "Bråk i kön", Severity.LOW));
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
