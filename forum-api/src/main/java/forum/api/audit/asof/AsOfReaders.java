package forum.api.audit.asof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who reads the municipality's past as it stood: the auditor, whose work it is, and the coordinator, who answers for
 * the forum's records. Case workers and members read the present only.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@PreAuthorize("hasAnyRole('COORDINATOR', 'AUDITOR')")
@interface AsOfReaders {
}
