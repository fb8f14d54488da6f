/**
 * Rebuilds the read models and statistics from the event store, for one tenant or all, while the old
 * rows stay visible until each tenant's new rows commit.
 */
package forum.projections.rebuild;
