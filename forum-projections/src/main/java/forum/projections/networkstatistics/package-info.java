/** Network statistics, fed like the read models (ProjectionConsumer): per network, quarter and member municipality, counts of
 *  meetings, attendance by role, issues, recommendations, decisions and venues; small counts suppressed. */
package forum.projections.networkstatistics;
