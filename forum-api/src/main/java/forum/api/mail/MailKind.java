package forum.api.mail;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of mail; the optional ones a person may turn off. The key names the templates and the bundle's words. */
public enum MailKind {
    INVITATION("invitation", false),
    PASSWORD_RESET("password-reset", false),
    MEETING_NOTICE("meeting-notice", false),
    MINUTES_APPROVED("minutes-approved", true),
    ACTION_ITEM_ASSIGNED("action-item-assigned", false),
    ACTION_ITEM_REMINDER("action-item-reminder", true),
    RECOMMENDATION_AWAITS_DECISION("recommendation-awaits-decision", false),
    WEEKLY_DIGEST("weekly-digest", true);

    private final String key;
    private final boolean optional;

    MailKind(String key, boolean optional) {
        this.key = key;
        this.optional = optional;
    }

    public String key() {
        return key;
    }

    /** The kind's words in the bundles: mail.<words>.subject, ... (the bundles' keys hold no hyphen). */
    String words() {
        StringBuilder words = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                words.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return words.toString();
    }

    public boolean optional() {
        return optional;
    }

    static Optional<MailKind> of(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
