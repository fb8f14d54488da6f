/** Forums of a municipality with their current members, roles and coordinator: the list and the detail page.
 *  The meeting and action-item reads look up forum and member names here. */
package forum.projections.forum;
