package forum.api.audit.reads;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read outside the auditor's own routes whose reading by an auditor is recorded as theirs are (a case's JSON
 * timeline, the coordinator's address of the history): {@link ReadRecorder} records it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RecordedRead {
}
