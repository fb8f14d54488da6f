/**
 * Rebuilding the read models from the event store: the event store as the rebuild's history, an operator's
 * endpoint and a start-up option.
 */
package forum.api.rebuild;
