/**
 * Retention (issue 24, item 5): each municipality's periods after which personal data is erased (event subjects,
 * through {@code forum.api.erasure.Erasures}) or deleted (rows of the account tables), the scheduled job that applies
 * them on one instance at a time, and the record of its runs. The coordinator reads and changes the periods and reads
 * the runs (JSON API and the page {@code /privacy/retention}).
 */
package forum.api.retention;
