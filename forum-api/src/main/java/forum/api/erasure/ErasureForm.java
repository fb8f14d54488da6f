package forum.api.erasure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import forum.core.erasure.ErasureReason;

/**
 * The erasure form: the places chosen (a subject, {@code account:<id>} or {@code invitation:<id>}, as
 * {@link Place#choice()} names them), the reason, and the coordinator's confirmation; the query that found them.
 */
public class ErasureForm {

    private String query;

    private List<String> subjects = new ArrayList<>();

    private ErasureReason reason;

    private boolean confirmed;

    /** At least one place, a reason and the confirmation; each missing one is said next to its field. */
    void check(BindingResult problems) {
        if (subjects == null || subjects.isEmpty()) {
            problems.rejectValue("subjects", "privacy.places.required");
        }
        if (reason == null && !problems.hasFieldErrors("reason")) {
            problems.rejectValue("reason", "privacy.reason.required");
        }
        if (!confirmed) {
            problems.rejectValue("confirmed", "privacy.confirm.required");
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<String> subjects) {
        this.subjects = subjects;
    }

    public ErasureReason getReason() {
        return reason;
    }

    public void setReason(ErasureReason reason) {
        this.reason = reason;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
