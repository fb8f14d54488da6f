/** HTTP commands and reads on meetings: scheduling, rescheduling and cancelling, attendance, minutes, decisions and
 *  action items. The tenant is the signed-in user's; the server chooses every new identifier. */
package forum.api.meeting;
