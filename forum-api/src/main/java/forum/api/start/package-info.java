/** The start page after sign-in: for the coordinator what needs attention now, for every role what they may do. */
package forum.api.start;
