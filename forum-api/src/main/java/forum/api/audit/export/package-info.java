/**
 * A venue case exported as one signed bundle (issue 25, item 4): its events as stored and as read, the chain's proof
 * to a signed checkpoint, the case file as of each decision, a printable PDF, and a manifest signed with the
 * operator's key. {@link forum.api.audit.export.BundleVerifier} checks a bundle offline, without Spring or a database.
 */
package forum.api.audit.export;
