/** HTTP reads of a forum's action-item board (open, overdue, done) and of each owner's share; "today" is the
 *  application clock's date in Scandinavian time. Action items are assigned and completed in meetings. */
package forum.api.actionitem;
