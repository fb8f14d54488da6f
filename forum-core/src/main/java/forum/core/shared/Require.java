package forum.core.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks of single command fields; each refusal is a {@link DomainRuleViolation} naming the field. */
public final class Require {

    public static final int NAME = 200;
    public static final int LINE = 200;
    public static final int EMAIL = 254;
    public static final int FREE_TEXT = 10_000;

    public static final String REQUIRED = "validation.required";
    public static final String TOO_LONG = "validation.too-long";
    public static final String OUT_OF_RANGE = "validation.out-of-range";
    public static final String EMAIL_FORMAT = "validation.email-format";
    public static final String TOO_MANY = "validation.too-many";

    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new DomainRuleViolation(REQUIRED, field, field + " is required");
        }
        return value;
    }

    /** Non-blank text of at most {@code max} characters. */
    public static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(REQUIRED, field, field + " is required");
        }
        return optionalText(value, field, max);
    }

    /** Text that may be absent (null), but not longer than {@code max} characters. */
    public static String optionalText(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new DomainRuleViolation(TOO_LONG, field, field + " is longer than " + max + " characters");
        }
        return value;
    }

    public static String email(String value, String field) {
        return optionalEmail(text(value, field, EMAIL), field);
    }

    public static String optionalEmail(String value, String field) {
        if (value != null && !EMAIL_PATTERN.matcher(optionalText(value, field, EMAIL)).matches()) {
            throw new DomainRuleViolation(EMAIL_FORMAT, field, field + " is not an e-mail address");
        }
        return value;
    }

    public static int range(int value, String field, int min, int max) {
        if (value < min || value > max) {
            throw new DomainRuleViolation(OUT_OF_RANGE, field, field + " must be between " + min + " and " + max);
        }
        return value;
    }

    /** A positive duration of at most {@code max}. */
    public static Duration duration(Duration value, String field, Duration max) {
        present(value, field);
        if (value.isNegative() || value.isZero() || value.compareTo(max) > 0) {
            throw new DomainRuleViolation(OUT_OF_RANGE, field, field + " must be positive and at most " + max);
        }
        return value;
    }

    /** A collection without null elements and with at most {@code maxItems} of them. */
    public static <C extends Collection<?>> C elements(C values, String field, int maxItems) {
        present(values, field);
        if (values.size() > maxItems) {
            throw new DomainRuleViolation(TOO_MANY, field, field + " has more than " + maxItems + " elements");
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new DomainRuleViolation(REQUIRED, field, field + " contains an empty element");
        }
        return values;
    }

    /** A list of non-blank texts, each at most {@code maxEach} characters. */
    public static List<String> texts(List<String> values, String field, int maxItems, int maxEach) {
        present(values, field);
        if (values.size() > maxItems) {
            throw new DomainRuleViolation(TOO_MANY, field, field + " has more than " + maxItems + " elements");
        }
        for (int i = 0; i < values.size(); i++) {
            text(values.get(i), field + "[" + i + "]", maxEach);
        }
        return values;
    }
}
