package forum.core.venue;

/** What the forum recommends to the licensing authority; REVOCATION recommends withdrawing the licence. */
public enum RecommendationKind {
    WARNING, SUSPENSION, REVOCATION, NO_ACTION
}
