package forum.projections.agreement;

import forum.core.agreement.MethodStatus;

/** What the public member list shows of a venue: its name and address and its colour, nothing else. */
public record PublicVenue(String name, String address, MethodStatus status) {
}
