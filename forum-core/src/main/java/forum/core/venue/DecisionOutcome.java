package forum.core.venue;

/** The licensing authority's decision; REMARK is the Swedish erinran, SUSPENSION needs an end date. */
public enum DecisionOutcome {
    NO_ACTION, REMARK, WARNING, SUSPENSION, REVOCATION
}
