package forum.projections.runtime;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns many executions of one {@code insert into t (...) values (...) [on conflict ... do nothing]} into one
 * statement that inserts every row from arrays ({@code insert ... select ... from unnest(...)}).
 *
 * <p>Why: PostgreSQL spends more on starting and ending each statement than on inserting its one row (measured in
 * BENCHMARKS.md, rebuild); a JDBC batch saves the round trips but not that. Only inserts whose conflicts are
 * ignored are combined: rows later in the statement that conflict with earlier ones are skipped, as they are one
 * statement after another, whereas {@code do update} would fail on a key met twice.
 *
 * <p>Values go as text arrays and are cast back to their type in the statement; a parameter that is null in
 * every row becomes a plain {@code null}, which takes its column's type. A value of a type not known here leaves
 * the statements as they are.
 */
final class MultiRowInsert {

    static final Pattern INSERT = Pattern.compile(
            "^\\s*(insert\\s+into\\s+[a-z_]+\\s*\\([^)]*\\))\\s*values\\s*\\((.*)\\)"
                    + "\\s*(on\\s+conflict\\s*(?:\\([^)]*\\))?\\s*do\\s+nothing)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern IGNORED_CONFLICTS = Pattern.compile(
            "\\s+on\\s+conflict\\s*(?:\\([^)]*\\))?\\s*do\\s+nothing\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z_][a-zA-Z0-9_]*)");

    private MultiRowInsert() {
    }

    /** The one statement and its array parameters, when these rows of {@code sql} can be combined. */
    static Optional<Statement> of(String sql, List<MapSqlParameterSource> rows) {
        return of(sql, rows, "");
    }

    /** As {@link #of(String, List)}, its parameters' names starting with {@code prefix}, to send it {@link #together}. */
    static Optional<Statement> of(String sql, List<MapSqlParameterSource> rows, String prefix) {
        Matcher insert = INSERT.matcher(sql);
        if (!insert.matches()) {
            return Optional.empty();
        }
        Map<String, String> expressionOf = new LinkedHashMap<>();
        MapSqlParameterSource arrays = new MapSqlParameterSource();
        Matcher parameter = PARAMETER.matcher(insert.group(2));
        StringBuilder values = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            if (!expressionOf.containsKey(name)) {
                Optional<Column> column = Column.of(name, rows);
                if (column.isEmpty()) {
                    return Optional.empty();
                }
                String alias = prefix + "p" + expressionOf.size();
                expressionOf.put(name, column.get().expression(alias));
                if (column.get().type() != null) {
                    arrays.addValue(alias, column.get().texts());
                }
            }
            parameter.appendReplacement(values, Matcher.quoteReplacement(expressionOf.get(name)));
        }
        parameter.appendTail(values);
        List<String> unnested = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (String alias : arrays.getParameterNames()) {
            unnested.add("cast(:" + alias + " as text[])");
            aliases.add(alias);
        }
        if (aliases.isEmpty()) {
            return Optional.empty();
        }
        String combined = insert.group(1) + " select " + values + " from unnest(" + String.join(", ", unnested)
                + ") as u(" + String.join(", ", aliases) + ")"
                + (insert.group(3) == null ? "" : " " + insert.group(3));
        return Optional.of(new Statement(combined, arrays));
    }

    /**
     * Inserts into different tables as one statement, the first ones as data-modifying {@code with} queries: one
     * round trip instead of one per table. They run on one snapshot and none sees the others' rows, so each
     * statement must insert into a table of its own, and their parameters' names must differ.
     */
    static Optional<Statement> together(List<Statement> statements) {
        if (statements.size() < 2) {
            return statements.stream().findFirst();
        }
        MapSqlParameterSource arrays = new MapSqlParameterSource();
        List<String> queries = new ArrayList<>();
        for (Statement statement : statements) {
            statement.arrays().getValues().forEach((name, values) -> {
                if (arrays.hasValue(name)) {
                    throw new IllegalArgumentException("Two statements sent together name a parameter " + name);
                }
                arrays.addValue(name, values);
            });
            queries.add("w" + queries.size() + " as (" + statement.sql() + ")");
        }
        queries.remove(queries.size() - 1);
        return Optional.of(new Statement("with " + String.join(", ", queries) + " "
                + statements.get(statements.size() - 1).sql(), arrays));
    }

    /** The insert without its {@code on conflict ... do nothing}; any other statement as it is. */
    static String withoutIgnoredConflicts(String sql) {
        return sql.stripLeading().regionMatches(true, 0, "insert", 0, 6)
                ? IGNORED_CONFLICTS.matcher(sql).replaceFirst("") : sql;
    }

    record Statement(String sql, MapSqlParameterSource arrays) {
    }

    /** One parameter's values in every row, as text, and the type to cast them back to (null: all null). */
    private record Column(String type, String[] texts) {

        static Optional<Column> of(String name, List<MapSqlParameterSource> rows) {
            String[] texts = new String[rows.size()];
            String type = null;
            for (int i = 0; i < rows.size(); i++) {
                Object value = rows.get(i).hasValue(name) ? rows.get(i).getValue(name) : null;
                if (value == null) {
                    continue;
                }
                String valueType = typeOf(value);
                if (valueType == null || (type != null && !type.equals(valueType))) {
                    return Optional.empty();
                }
                type = valueType;
                texts[i] = text(value);
            }
            return Optional.of(new Column(type, texts));
        }

        String expression(String alias) {
            if (type == null) {
                return "null";
            }
            return "text".equals(type) ? "u." + alias : "cast(u." + alias + " as " + type + ")";
        }

        private static String typeOf(Object value) {
            if (value instanceof String) {
                return "text";
            } else if (value instanceof UUID) {
                return "uuid";
            } else if (value instanceof Timestamp || value instanceof Instant) {
                return "timestamptz";
            } else if (value instanceof LocalDate) {
                return "date";
            } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
                return "bigint";
            } else if (value instanceof Boolean) {
                return "boolean";
            } else if (value instanceof BigDecimal) {
                return "numeric";
            }
            return null;
        }

        private static String text(Object value) {
            if (value instanceof Timestamp timestamp) {
                // An instant with its zone (Z), so the session's time zone cannot shift it.
                return timestamp.toInstant().toString();
            }
            return value.toString();
        }
    }
}
