/** The meeting calendar of a municipality (upcoming and past, per forum, by date range) and each meeting's page,
 *  with the open action items carried over from the forum's earlier meetings. */
package forum.projections.meeting;
