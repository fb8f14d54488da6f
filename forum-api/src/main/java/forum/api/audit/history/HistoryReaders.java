package forum.api.audit.history;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who reads the municipality's whole history: the auditor, and the coordinator who answers for the municipality's
 * use of Forum. Beside {@code forum.api.access.Readers}, whose readers of single cases read no more than their cases.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@PreAuthorize("hasAnyRole('AUDITOR', 'COORDINATOR')")
public @interface HistoryReaders {
}
