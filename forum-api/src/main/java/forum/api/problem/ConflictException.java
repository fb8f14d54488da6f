package forum.api.problem;

/** A request that clashes with what exists (a taken user name, say): 409 with a stable code. */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
