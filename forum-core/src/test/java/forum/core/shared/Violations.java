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
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation) {
                return violation.code().equals(code) && (field == null || violation.field().orElse("").equals(field));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainRuleViolation " + code + (field == null ? "" : " on " + field));
            }

            @Override
            protected void describeMismatchSafely(DomainRuleViolation violation, Description description) {
                description.appendText("was " + violation.code() + " on " + violation.field().orElse("-"));
            }
        };
    }
}
