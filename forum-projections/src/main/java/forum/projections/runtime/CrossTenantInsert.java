package forum.projections.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An insert that may take the rows of several tenants in one statement (ReadModelWrites), in a transaction that
 * admits those tenants' inserts (TenantScope.admitBatch). Only a plain
 * {@code insert into t (...) values (...) [on conflict (...) do nothing]} qualifies, and only when:
 * <ul>
 *     <li>its {@code tenant_id} is one named parameter, {@link #tenantParameter}, so that each row's tenant can be
 *     checked against the tenant it was queued under;</li>
 *     <li>its values hold no query, which would read under the one tenant entered, not under each row's;</li>
 *     <li>its table's only unique index is its primary key. A conflict target makes PostgreSQL check the new rows
 *     against the select policies too, and those admit the entered tenant only; so the statement goes without
 *     one ({@code on conflict do nothing}), which ignores a conflict on any unique index.</li>
 * </ul>
 */
record CrossTenantInsert(String sql, String tenantParameter) {

    private static final Pattern CONFLICT_TARGET = Pattern.compile(
            "(\\s+on\\s+conflict)\\s*\\([^)]*\\)(\\s*do\\s+nothing\\s*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER = Pattern.compile("^:([a-zA-Z_][a-zA-Z0-9_]*)$");
    private static final Pattern QUERY = Pattern.compile("\\bselect\\b", Pattern.CASE_INSENSITIVE);

    static Optional<CrossTenantInsert> of(String sql, String table, Set<String> primaryKeyOnly) {
        Matcher insert = MultiRowInsert.INSERT.matcher(sql);
        if (!primaryKeyOnly.contains(table) || !insert.matches() || QUERY.matcher(insert.group(2)).find()) {
            return Optional.empty();
        }
        String head = insert.group(1);
        List<String> columns = topLevel(head.substring(head.indexOf('(') + 1, head.lastIndexOf(')')).toLowerCase());
        List<String> values = topLevel(insert.group(2));
        int tenantColumn = columns.indexOf("tenant_id");
        if (tenantColumn < 0 || columns.size() != values.size()) {
            return Optional.empty();
        }
        Matcher parameter = PARAMETER.matcher(values.get(tenantColumn));
        return parameter.matches()
                ? Optional.of(new CrossTenantInsert(CONFLICT_TARGET.matcher(sql).replaceFirst("$1$2"), parameter.group(1)))
                : Optional.empty();
    }

    /** The comma-separated items of a list, trimmed, not split inside parentheses or quotes. */
    private static List<String> topLevel(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                items.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        items.add(list.substring(start).strip());
        return items;
    }
}
