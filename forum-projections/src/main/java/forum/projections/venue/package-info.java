/** The venue register of a municipality: per venue its licence, open issues, last issue, current recommendation
 *  and latest decision, filterable by status; each venue's file; the issues list by category and date. */
package forum.projections.venue;
