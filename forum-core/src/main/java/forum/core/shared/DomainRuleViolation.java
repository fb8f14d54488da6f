package forum.core.shared;

import java.util.Optional;

/**
 * A command refused by a domain rule; no event was applied. {@link #code()} is stable (e.g. "meeting.starts-in-past")
 * so clients can translate it; {@link #field()} names the command component when the refusal is about one field;
 * {@link #kind()} says what sort of refusal it is, set where the rule is checked, so that no caller has to read
 * it out of the code. Messages never repeat the refused values, which may be personal data.
 */
public class DomainRuleViolation extends RuntimeException {

    /** What sort of refusal: decides, for instance, the HTTP status the API answers with. */
    public enum Kind {
        /** A value of the command is not acceptable (a field is named). */
        INVALID,
        /** The command names something that does not exist for its tenant; another tenant's counts as missing. */
        NOT_FOUND,
        /** What the command would create exists already, or the command was carried out already (a field is named). */
        CONFLICT,
        /** The state of the aggregate does not allow the command (a cancelled meeting, say). */
        REFUSED
    }

    private final String code;
    private final String field;
    private final Kind kind;

    /** A refusal by the aggregate's state. */
    public DomainRuleViolation(String code, String message) {
        this(Kind.REFUSED, code, null, message);
    }

    /** An unacceptable value of the named field. */
    public DomainRuleViolation(String code, String field, String message) {
        this(Kind.INVALID, code, field, message);
    }

    private DomainRuleViolation(Kind kind, String code, String field, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    /** The command refers, in {@code field} (may be null), to something its tenant does not have. */
    public static DomainRuleViolation notFound(String code, String field, String message) {
        return new DomainRuleViolation(Kind.NOT_FOUND, code, field, message);
    }

    /**
     * What the command would create or change, identified by {@code field}, exists already or is past the state the
     * command needs (already revoked, already decided): a well-formed command that conflicts with the current state.
     */
    public static DomainRuleViolation conflict(String code, String field, String message) {
        return new DomainRuleViolation(Kind.CONFLICT, code, field, message);
    }

    public String code() {
        return code;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Kind kind() {
        return kind;
    }
}
