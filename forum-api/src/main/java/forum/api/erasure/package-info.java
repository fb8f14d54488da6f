/**
 * A person's personal data in a municipality (issue 24): found by a piece of name or e-mail in every place it lies
 * (DataSubjects), exported (GDPR articles 15 and 20) and erased with a reason (article 17, PersonErasure), from the
 * JSON API and the coordinator's pages. An erasure's event and the deletion of the subjects' keys commit together
 * (Erasures), so that no reader ever sees the one without the other.
 */
package forum.api.erasure;
