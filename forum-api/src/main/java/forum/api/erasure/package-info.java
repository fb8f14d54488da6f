/**
 * Erasure of a municipality's data subjects (issue 24): the erasure's event and the deletion of the subjects' keys
 * commit together, so that no reader ever sees the one without the other.
 */
package forum.api.erasure;
