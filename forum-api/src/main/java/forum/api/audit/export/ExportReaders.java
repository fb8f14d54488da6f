package forum.api.audit.export;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who exports a case: the auditor, whose work it is, and the coordinator, who answers for the forum's records (an
 * appeal's lawyers get the bundle from either). Those who read the present case only do not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@PreAuthorize("hasAnyRole('COORDINATOR', 'AUDITOR')")
@interface ExportReaders {
}
