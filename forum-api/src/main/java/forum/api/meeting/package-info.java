/** Meetings over HTTP and in the pages: scheduling, rescheduling and cancelling, attendance, minutes, decisions and
 *  action items, the calendar and a forum member's own action items. Both send the same commands and read the same
 *  read models; the tenant is the signed-in user's; the server chooses every new identifier. */
package forum.api.meeting;
