package forum.api.retention;

/**
 * What a retention period applies to, with its default and the bounds a municipality may choose within, in days.
 * docs/privacy.md names the same defaults. Youth follow-up data (a later issue) gets a kind of its own here, with the
 * sweep that erases it in {@link RetentionSweeps}.
 */
public enum RetentionKind {

    /**
     * The free text (description, resolution) of a venue issue, counted from its resolution. Two years: the span in
     * which Norway counts a venue's penalty points.
     */
    RESOLVED_ISSUE_TEXT(730, 30, 3650),
    /** A forum member's name and e-mail, counted from the member's removal from the forum. */
    REMOVED_FORUM_MEMBER(730, 30, 3650),
    /** An invitation (or auditor grant) never accepted: the row, counted from its expiry or withdrawal. */
    UNACCEPTED_INVITATION(30, 1, 365),
    /** A password link: the row, counted from its use or expiry. */
    PASSWORD_RESET(7, 1, 90);

    private final int defaultDays;
    private final int minDays;
    private final int maxDays;

    RetentionKind(int defaultDays, int minDays, int maxDays) {
        this.defaultDays = defaultDays;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    public int defaultDays() {
        return defaultDays;
    }

    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }

    public boolean accepts(int days) {
        return days >= minDays && days <= maxDays;
    }
}
