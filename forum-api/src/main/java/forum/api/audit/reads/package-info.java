/**
 * Reading is recorded: every read an auditor makes of the municipality's records through the auditor's routes
 * (pages under /audit, JSON under /api/v1/audit, and any route marked {@link forum.api.audit.reads.RecordedRead}) is
 * logged, who read which route with which ids and when, and the coordinator reads the log. The log is only added to.
 */
package forum.api.audit.reads;
