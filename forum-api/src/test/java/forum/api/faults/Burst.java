package forum.api.faults;

import forum.core.shared.DomainRuleViolation;
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
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issues registered on the venues of several tenants in turn, as fast as the command path takes them, in a
 * thread of its own, counting the commands the application accepted (and those it refused while something was
 * broken). Consecutive events belong to different tenants, as in production, so the consumers' batches hold
 * several tenants' rows.
 * <p>
 * A command refused while a connection broke at its commit may still have been stored: the client cannot know.
 * {@link #sendRefusedAgain} does what a careful client does once the fault is over, sends the same issue (same
 * id) again; the venue either registers it now or answers that it is already registered, and either way the
 * outcome is known, so the issues stored can be compared exactly with those accepted.
 */
final class Burst {

    private record Venue(UUID tenant, UUID id) {
    }

    private final CommandGateway commands;
    private final List<Venue> venues = new ArrayList<>();
    private final Queue<RegisterVenueIssue> refusedIssues = new ConcurrentLinkedQueue<>();
    private final Map<UUID, AtomicInteger> acceptedByTenant = new ConcurrentHashMap<>();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    /** Issues whose command was refused but which had been stored, as sending them again showed. */
    final AtomicInteger storedThoughRefused = new AtomicInteger();

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
                RegisterVenueIssue issue = new RegisterVenueIssue(venue.tenant(), venue.id(), UUID.randomUUID(),
                        IssueCategory.DISORDER, Instant.now().minus(1, ChronoUnit.HOURS), IssueSource.POLICE,
                        "Bråk i kön", Severity.LOW);
                try {
                    commands.sendAndWait(issue);
                    countAccepted(issue);
                } catch (RuntimeException brokenMeanwhile) {
                    refusedIssues.add(issue);
                    if (refused.incrementAndGet() <= 3) {
                        System.out.println("Refused while broken: " + brokenMeanwhile);
                    }
                }
            }
        });
    }

    /**
     * Sends every refused issue again through {@code healthy}, a command path that works again; an issue the
     * venue already has was stored by the attempt that was refused, and counts as accepted.
     */
    void sendRefusedAgain(CommandGateway healthy) {
        for (RegisterVenueIssue issue = refusedIssues.poll(); issue != null; issue = refusedIssues.poll()) {
            try {
                healthy.sendAndWait(issue);
            } catch (DomainRuleViolation alreadyStored) {
                assertThat(alreadyStored.code()).isEqualTo("venue.issue-already-registered");
                storedThoughRefused.incrementAndGet();
            }
            countAccepted(issue);
        }
    }

    private void countAccepted(RegisterVenueIssue issue) {
        acceptedByTenant.get(issue.tenantId()).incrementAndGet();
        accepted.incrementAndGet();
    }
}
