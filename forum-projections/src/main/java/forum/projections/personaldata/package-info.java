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
 * <p>Open point for the consumers: {@link forum.projections.personaldata.SubjectKeys} caches keys per instance and
 * an erasure evicts only the erasing instance's cache, so another instance may still open a subject's values until
 * its cache lets the key go. A consumer that must show an erasure at once checks the key table (or the erasure
 * event) rather than trusting its cache.
 */
package forum.projections.personaldata;
