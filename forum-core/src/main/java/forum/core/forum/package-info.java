/** Forum: a municipality's collaboration forum on nightlife, its method, cadence and members.
 *  {@link forum.core.forum.ForumDirectory} lets other aggregates ask whether a forum and its members exist. */
package forum.core.forum;
