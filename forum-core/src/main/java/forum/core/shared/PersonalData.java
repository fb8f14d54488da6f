package forum.core.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that may identify or describe a person: personal data under the GDPR. In an event, the value is
 * stored sealed with the key of its data subject (crypto-shredding, forum.projections.personaldata), so that erasing
 * the subject's key erases the value wherever the event lies. A command's marked values are never stored as such.
 *
 * <p>The data subject of an event's value is {@link #subject()} and the id in the event's component {@link #of()},
 * e.g. {@code member:<memberId>}. A person's own details are their subject's ({@code member}, {@code coordinator});
 * free text has a subject of its own ({@code issue}, {@code meeting} ...), so that it can be erased without erasing
 * the rest of the case; docs/privacy.md gives the rule. MessageContractTest keeps the marks complete.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {

    /** What a value whose subject's key was erased reads as, in aggregates and read models alike. */
    String ERASED = "\u2205erased";

    /** The kind of data subject, e.g. {@code member}; required on an event's component. */
    String subject() default "";

    /** The event's component holding the subject's id, e.g. {@code memberId}; required on an event's component. */
    String of() default "";
}
