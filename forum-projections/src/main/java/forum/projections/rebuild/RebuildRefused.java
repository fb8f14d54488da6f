package forum.projections.rebuild;

/** A rebuild that would not be safe here and was not started: nothing was changed. */
public class RebuildRefused extends RuntimeException {

    private final String code;

    RebuildRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable, for the API's problem detail. */
    public String code() {
        return code;
    }
}
