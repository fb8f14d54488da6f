package forum.core.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that may identify or describe a person: personal data under the GDPR, to be encrypted per data subject
 * in events so that erasing the subject's key erases it everywhere (crypto-shredding, issue 24). Nothing reads the
 * mark yet: today such values lie unencrypted in the event store, on Kafka and in the read models, like any other.
 * MessageContractTest keeps the marks complete, so that the encryption will find every such value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}
