/** Network statistics, fed by their own consumer group: per network, quarter and member municipality, counts of
 *  meetings, attendance by role, issues, recommendations, decisions and venues; small counts suppressed. */
package forum.projections.networkstatistics;
