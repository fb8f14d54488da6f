/**
 * What the platform operator reads across the municipalities, under OperatorScope: who signed up and when, each
 * one's last activity (the event ledger's time of its latest event), the networks and their members. No contact,
 * no person, nothing a municipality wrote.
 */
package forum.projections.operator;
