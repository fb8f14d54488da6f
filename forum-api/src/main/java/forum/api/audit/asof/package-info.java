/**
 * Views "as of a moment" for the auditor: a venue's case file, a forum and a meeting as they stood at an instant,
 * folded in memory from the event store's own rows (never from the read models, which show only the present), with
 * personal values opened through their subjects' keys, so that an erased person reads as erased.
 */
package forum.api.audit.asof;
