/** The action-item board of a forum: open, overdue (due before the given day) and done items, and each
 *  owner's share. The day comes from the caller's clock, never from this module. */
package forum.projections.actionitem;
