package forum.projections.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional filters of a query as SQL conditions with named parameters. Absent filters add no
 * condition, so PostgreSQL never has to guess the type of a null parameter.
 */
public final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Always-present condition, such as the tenant. */
    public Conditions add(String condition, String param, Object value) {
        conditions.add(condition);
        params.put(param, value);
        return this;
    }

    public Conditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition that applies only when its value is given. */
    public Conditions addIfPresent(String condition, String param, Object value) {
        return value == null ? this : add(condition, param, value);
    }

    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }
}
