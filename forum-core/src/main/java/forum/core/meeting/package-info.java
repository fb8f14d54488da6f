/** Meeting: one meeting of a forum, from scheduling through attendance, minutes and decisions to action items.
 *  Reads forums through {@link forum.core.forum.ForumDirectory};
 *  time comes from an injected {@link java.time.Clock}. */
package forum.core.meeting;
