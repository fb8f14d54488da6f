package forum.core.shared;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers for {@code fixture...expectException(violation("meeting.starts-in-past"))}. */
public final class Violations {

    private Violations() {
    }

    public static Matcher<DomainRuleViolation> violation(String code) {
        return violation(code, null);
    }

    /** A violation with the code, about the named field. */
    public static Matcher<DomainRuleViolation> violation(String code, String field) {
        return violation(null, code, field);
    }

    /** A reference to something the tenant does not have. */
    public static Matcher<DomainRuleViolation> notFound(String code, String field) {
        return violation(DomainRuleViolation.Kind.NOT_FOUND, code, field);
    }

    /** Something that exists already. */
    public static Matcher<DomainRuleViolation> conflict(String code) {
        return violation(DomainRuleViolation.Kind.CONFLICT, code, null);
    }

    private static Matcher<DomainRuleViolation> violation(DomainRuleViolation.Kind kind, String code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation) {
                return violation.code().equals(code) && (field == null || violation.field().orElse("").equals(field))
                        && (kind == null || violation.kind() == kind);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainRuleViolation " + (kind == null ? "" : kind + " ") + code
                        + (field == null ? "" : " on " + field));
            }

            @Override
            protected void describeMismatchSafely(DomainRuleViolation violation, Description description) {
                description.appendText("was " + violation.kind() + " " + violation.code() + " on "
                        + violation.field().orElse("-"));
            }
        };
    }
}
