/**
 * Tamper evidence: each tenant's stored events (and the national networks', chain {@code network}) form a hash chain
 * in global_index order, chained shortly after commit by one instance at a time, with signed checkpoints at intervals
 * kept in a table and in a file per chain. A verification (API, the auditor's page, {@code verify-chain} on the
 * command line) names the first broken link. docs/audit.md "Tamper evidence".
 */
package forum.api.audit.chain;
