package forum.core.venue;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
