package forum.api.demo;

import static forum.core.venue.IssueCategory.DISORDER;
import static forum.core.venue.IssueCategory.DRUGS;
import static forum.core.venue.IssueCategory.FAKE_ID;
import static forum.core.venue.IssueCategory.OVERSERVING;
import static forum.core.venue.IssueCategory.SERVING_MINORS;
import static forum.core.venue.IssueCategory.UNDERAGE_ADMISSION;
import static forum.core.venue.IssueCategory.VIOLENCE;

import java.util.List;

import forum.core.forum.MemberRole;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;

/**
 * What the demo network's municipalities did in the quarter. The counts are chosen so that the network
 * dashboard shows figures of 3 or more beside cells of 1 or 2, which it suppresses: Karlstad held three meetings,
 * Örebro two; Växjö registered two venues.
 */
final class DemoPlans {

    private DemoPlans() {
    }

    /** A municipality's quarter; its coordinator signs it up unless the account exists (Karlstad's does). */
    record Plan(String name, String officialCode, String coordinatorEmail, String coordinatorName, int meetingsHeld,
                List<Venue> venues) {
    }

    /** A licensed venue, the issues observed there, and what the forum recommended and the authority decided. */
    record Venue(String name, String address, List<IssueCategory> issues, RecommendationKind recommendation,
                 DecisionOutcome decision) {
    }

    /** Every demo forum has these members; attendance varies by meeting. */
    record Member(String name, String organisation, MemberRole role) {
    }

    static final List<Member> MEMBERS = List.of(
            new Member("Eva Samordnare", "Kommunen", MemberRole.COORDINATOR),
            new Member("Per Polis", "Polisen", MemberRole.POLICE),
            new Member("Lena Tillstånd", "Tillståndsenheten", MemberRole.LICENSING),
            new Member("Omar Fältare", "SSP", MemberRole.SSP),
            new Member("Karin Krögare", "Visita", MemberRole.RESTAURATEUR),
            new Member("Nils Nattvandrare", "Nattvandrarna", MemberRole.NIGHT_WALKERS));

    static final List<Plan> MUNICIPALITIES = List.of(
            new Plan(DemoMunicipality.NAME, "1780", DemoAccounts.COORDINATOR, "Demo coordinator", 3, List.of(
                    new Venue("Torgets Bar", "Stora Torget 1, Karlstad", List.of(OVERSERVING, OVERSERVING, DRUGS),
                            RecommendationKind.WARNING, DecisionOutcome.WARNING),
                    new Venue("Klarälvens Nattklubb", "Västra Torggatan 9, Karlstad",
                            List.of(SERVING_MINORS, FAKE_ID, OVERSERVING),
                            RecommendationKind.WARNING, DecisionOutcome.WARNING),
                    new Venue("Hamnkrogen", "Inre hamn 3, Karlstad", List.of(SERVING_MINORS, OVERSERVING, VIOLENCE),
                            RecommendationKind.WARNING, DecisionOutcome.REMARK),
                    // Awaiting the licensing authority's decision: the coordinator's start page shows it.
                    new Venue("Sandgrund Pub", "Sandgrundsudden 2, Karlstad", List.of(DISORDER, VIOLENCE),
                            RecommendationKind.WARNING, null))),
            new Plan("Örebro (demo)", "1880", "coordinator@orebro.demo.forum", "Demo coordinator Örebro", 2, List.of(
                    new Venue("Järntorgets Krog", "Järntorget 4, Örebro", List.of(OVERSERVING, DISORDER, VIOLENCE),
                            RecommendationKind.SUSPENSION, DecisionOutcome.SUSPENSION),
                    new Venue("Svampen Bar", "Dalbygatan 2, Örebro",
                            List.of(UNDERAGE_ADMISSION, UNDERAGE_ADMISSION, UNDERAGE_ADMISSION),
                            RecommendationKind.WARNING, DecisionOutcome.WARNING),
                    new Venue("Slottsparkens Café", "Slottsparken 1, Örebro", List.of(), null, null))),
            new Plan("Växjö (demo)", "0780", "coordinator@vaxjo.demo.forum", "Demo coordinator Växjö", 4, List.of(
                    new Venue("Linnés Nattklubb", "Storgatan 20, Växjö",
                            List.of(SERVING_MINORS, SERVING_MINORS, SERVING_MINORS, FAKE_ID, FAKE_ID),
                            RecommendationKind.WARNING, null),
                    new Venue("Sjöparkens Pub", "Linnégatan 5, Växjö", List.of(OVERSERVING, DRUGS, DRUGS),
                            RecommendationKind.REVOCATION, DecisionOutcome.WARNING))));
}
