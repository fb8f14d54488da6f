package forum.core.shared;

import java.util.Optional;

/**
 * A command refused by a domain rule; no event was applied. {@link #code()} is stable (e.g. "meeting.starts-in-past")
 * so clients can translate it; {@link #field()} names the command component when the refusal is about one field.
 * Messages never repeat the refused values, which may be personal data.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String code;
    private final String field;

    public DomainRuleViolation(String code, String message) {
        this(code, null, message);
    }

    public DomainRuleViolation(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
