/**
 * Crypto-shredding of personal data (issue 24): each data subject's personal data is sealed with a key of its own,
 * and erasing the key erases the data wherever the sealed values lie (event store, Kafka, dead letters).
 *
 * <p>A data subject is named within its tenant by a text key, {@code subject}: the id of what the person is known
 * by, written {@code <kind>:<id>} ({@code member:<uuid>}, {@code account:<uuid>}, {@code invitation:<uuid>}), a UUID
 * in its canonical lower-case form. Text rather than a bare UUID because a person is not always an aggregate of
 * their own (an invitee, a person named in an issue) and because the kind keeps two ids of different things apart.
 * The same person known twice (an invitee who becomes a member) is two subjects, and erasing the person erases both.
 *
 * <p>Keys live in {@code personal_data_key} under forced row-level security as a tenant table: a transaction of
 * one tenant never reads, creates or deletes another tenant's keys. Each keyset is stored encrypted with the master
 * key ({@link forum.projections.personaldata.MasterKey}) and bound to its tenant and subject.
 *
 * <p>Opening never trusts a cached key: each transaction reads the keys it opens with from the table, locked against
 * their erasure until it commits, so that nothing it writes from them outlives an erasure on any instance (a rebuild,
 * which reads a key per issue, holds off its municipality's erasures with one advisory lock instead). Sealing
 * may use the instance's cache: a value sealed with a key erased meanwhile opens as erased, which it then is. An
 * erased subject keeps its row without its key, with the erased keys' ids, so that a value sealed before an erasure
 * is told from one that was moved or altered.
 */
package forum.projections.personaldata;
