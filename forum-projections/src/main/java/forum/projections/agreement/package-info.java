/**
 * The read model of agreements and training: each venue's agreements and courses, the renewals due soon (for the
 * reminders of issue 26), the venue's status in the method with the reasons for its colour, and the public list of
 * member venues. Lapsed and the status are computed from the dates at reading time, not stored.
 */
package forum.projections.agreement;
