package forum.infra;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.sql.SQLException;

/**
 * Turns "cannot reach the database" at start-up into one readable line instead of a stack trace:
 * SQL states of class 08 (connection) and 28 (authentication), and 3D000 (no such database).
 */
class UnreachableServerFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        SQLException deepest = deepestSqlException(cause);
        String state = deepest.getSQLState() == null ? "" : deepest.getSQLState();
        if (!(state.startsWith("08") || state.startsWith("28") || state.equals("3D000"))) {
            return null;
        }
        return new FailureAnalysis(
                "Forum cannot use its PostgreSQL database: " + firstLine(deepest.getMessage()),
                "Start the database or correct spring.datasource.url / SPRING_DATASOURCE_URL and the credentials; "
                        + "leave the URL unset to run on the embedded database.",
                cause);
    }

    private static SQLException deepestSqlException(SQLException failure) {
        SQLException deepest = failure;
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                deepest = sql;
            }
        }
        return deepest;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
