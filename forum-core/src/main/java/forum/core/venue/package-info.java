/** Venue: the case file of one licensed premises: its issues, the forum's licence recommendations and the
 *  licensing authority's decisions. Issues and recommendations live inside the aggregate. */
package forum.core.venue;
