package forum.api.eventstore;

import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.Severity;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A venue and its issues through the command gateway, for the tests of how aggregates are loaded. */
final class VenueCommands {

    /** Yesterday: an issue is observed before it is registered, by the application's clock too. */
    private static final Instant OBSERVED = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private final CommandGateway commands;

    VenueCommands(CommandGateway commands) {
        this.commands = commands;
    }

    UUID registerVenue(UUID tenant) {
        UUID venue = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenue(tenant, venue, "Bar Nord", "Storgata 1",
                "LIC-" + venue.toString().substring(0, 8), "Nord AS", LicenceKind.PERMANENT_PUBLIC, "11-02"));
        return venue;
    }

    UUID registerIssue(UUID tenant, UUID venue) {
        UUID issue = UUID.randomUUID();
        commands.sendAndWait(registerIssue(tenant, venue, issue));
        return issue;
    }

    static RegisterVenueIssue registerIssue(UUID tenant, UUID venue, UUID issue) {
        return new RegisterVenueIssue(tenant, venue, issue, IssueCategory.OVERSERVING, OBSERVED, IssueSource.POLICE,
                "Overskjenking", Severity.MEDIUM);
    }
}
