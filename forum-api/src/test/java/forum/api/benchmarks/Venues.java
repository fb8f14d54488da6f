package forum.api.benchmarks;

import forum.core.municipality.Country;
import forum.core.municipality.SignUpMunicipality;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.Severity;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Municipalities signed up and venues registered through the command gateway, outside any HTTP request (the
 * actor is "system"), and the realistic command the benchmarks repeat: an issue registered at one of them.
 */
final class Venues {

    /** Norwegian codes, counted from 1000: unique within the benchmark JVM's throwaway database. */
    private static final AtomicInteger NEXT_CODE = new AtomicInteger(1000);

    static final String DESCRIPTION = "Guest visibly intoxicated was served two more drinks at the bar around 01:30; "
            + "door staff did not intervene. Observed by the police patrol during a routine visit.";

    record Venue(UUID tenantId, UUID venueId) {
    }

    private final List<UUID> tenants;
    private final List<Venue> venues;

    private Venues(List<UUID> tenants, List<Venue> venues) {
        this.tenants = tenants;
        this.venues = venues;
    }

    static Venues register(CommandGateway commands, int tenantCount, int venuesPerTenant) {
        List<UUID> tenantIds = new ArrayList<>();
        for (int t = 0; t < tenantCount; t++) {
            tenantIds.add(UUID.randomUUID());
        }
        return register(commands, tenantIds, venuesPerTenant);
    }

    /** Municipalities with these tenant ids (ConsumerSpread chooses them, for instance), and their venues. */
    static Venues register(CommandGateway commands, List<UUID> tenantIds, int venuesPerTenant) {
        List<UUID> tenants = new ArrayList<>();
        List<Venue> venues = new ArrayList<>();
        for (UUID tenant : tenantIds) {
            UUID tenantId = signUp(commands, tenant);
            tenants.add(tenantId);
            for (int v = 0; v < venuesPerTenant; v++) {
                UUID venueId = UUID.randomUUID();
                commands.sendAndWait(new RegisterVenue(tenantId, venueId, "Nattklubb " + v, "Storgata " + v,
                        "BEV-" + v, "Olav Eier", LicenceKind.PERMANENT_PUBLIC, "18:00-03:00"));
                venues.add(new Venue(tenantId, venueId));
            }
        }
        return new Venues(List.copyOf(tenants), List.copyOf(venues));
    }

    static UUID signUp(CommandGateway commands) {
        return signUp(commands, UUID.randomUUID());
    }

    /** Signs up a municipality with the given tenant id (of generated history, for instance). */
    static UUID signUp(CommandGateway commands, UUID tenantId) {
        String code = String.format("%04d", NEXT_CODE.getAndIncrement());
        commands.sendAndWait(new SignUpMunicipality(tenantId, "Benkmark kommune " + code, Country.NO, code,
                "Bente Benk", "bente-" + code + "@example.no"));
        return tenantId;
    }

    List<UUID> tenants() {
        return tenants;
    }

    List<Venue> all() {
        return venues;
    }

    Venue any() {
        return venues.get(ThreadLocalRandom.current().nextInt(venues.size()));
    }

    RegisterVenueIssue issueAtAnyVenue() {
        return issueAt(any(), Instant.now());
    }

    static RegisterVenueIssue issueAt(Venue venue, Instant observedAt) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new RegisterVenueIssue(venue.tenantId(), venue.venueId(), UUID.randomUUID(),
                IssueCategory.values()[random.nextInt(IssueCategory.values().length)], observedAt,
                IssueSource.values()[random.nextInt(IssueSource.values().length)], DESCRIPTION,
                Severity.values()[random.nextInt(Severity.values().length)]);
    }
}
