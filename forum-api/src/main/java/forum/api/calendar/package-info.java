/** Meetings in people's calendars: a meeting's .ics, and subscribed feeds per person and per forum at secret
 *  addresses that can be renewed. Read from the meeting read models the meeting pages read; RFC 5545 by iCal4j. */
package forum.api.calendar;
