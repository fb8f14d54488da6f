/** Network statistics, fed like the read models (ProjectionConsumer): per network, quarter and member municipality, counts of
 *  meetings, attendance by role, issues, recommendations, decisions and venues; small counts suppressed. The facts are
 *  kept per municipality, and their counts per municipality and quarter (statistics_quarter) by the fact tables'
 *  triggers, which the figures read. */
package forum.projections.networkstatistics;
