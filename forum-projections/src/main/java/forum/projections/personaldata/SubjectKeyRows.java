package forum.projections.personaldata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The table personal_data_key, read and written under the subject's tenant (row-level security). */
@Repository
class SubjectKeyRows {

    /**
     * The first half of the advisory lock on a tenant's erasures (the second is the tenant's hash): "pd" in ASCII. The
     * locks of two numbers never meet those of one number that other parts of the product take.
     */
    private static final int ERASURES = 0x7064;

    private final JdbcClient jdbc;

    SubjectKeyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The subject's keyset, locked against its erasure until the transaction ends when the transaction may write (what it
     * writes from the key then never outlives an erasure). A read-only transaction cannot lock rows, nor needs to.
     */
    Optional<byte[]> find(DataSubject subject) {
        String lock = TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? "" : " for share";
        return jdbc.sql("select keyset from personal_data_key where tenant_id = :tenant and subject_id = :subject"
                        + " and keyset is not null" + lock)
                .param("tenant", subject.tenant()).param("subject", subject.subject())
                .query(byte[].class)
                .optional();
    }

    /**
     * The keysets of those of the subjects (of one tenant) that have one, locked as {@link #find} locks them unless
     * the transaction holds off the tenant's erasures as a whole ({@link #holdErasures}).
     */
    Map<String, byte[]> findAll(UUID tenant, Collection<String> subjects, boolean erasuresHeld) {
        String lock = erasuresHeld || TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? "" : " for share";
        Map<String, byte[]> found = new HashMap<>();
        jdbc.sql("select subject_id, keyset from personal_data_key where tenant_id = :tenant"
                        + " and subject_id = any(:subjects) and keyset is not null" + lock)
                .param("tenant", tenant).param("subjects", subjects.toArray(String[]::new))
                .query((row, n) -> found.put(row.getString("subject_id"), row.getBytes("keyset")))
                .list();
        return found;
    }

    /**
     * Holds off the erasures of the tenant's subjects until the transaction ends, in place of a lock on each key row it
     * reads: a rebuild reads a key per issue, and locking a row writes to its page (BENCHMARKS.md, personal data).
     */
    void holdErasures(UUID tenant) {
        jdbc.sql("select pg_advisory_xact_lock_shared(:lock, hashtext(cast(:tenant as text)))")
                .param("lock", ERASURES).param("tenant", tenant).query().listOfRows();
    }

    /** Waits for the transactions that hold off the tenant's erasures, and holds off new ones until this one ends. */
    void lockForErasure(UUID tenant) {
        jdbc.sql("select pg_advisory_xact_lock(:lock, hashtext(cast(:tenant as text)))")
                .param("lock", ERASURES).param("tenant", tenant).query().listOfRows();
    }

    /**
     * Stores the subject's key, its first or its first after an erasure; false when the subject has a key (another
     * transaction may have stored it first: the insert waits for that one to end, so the caller then finds it).
     */
    boolean insertFirst(DataSubject subject, byte[] keyset) {
        return jdbc.sql("""
                        insert into personal_data_key (tenant_id, subject_id, keyset) values (:tenant, :subject, :keyset)
                        on conflict (tenant_id, subject_id) do update set keyset = excluded.keyset
                        where personal_data_key.keyset is null
                        """)
                .param("tenant", subject.tenant()).param("subject", subject.subject()).param("keyset", keyset)
                .update() == 1;
    }

    /** Deletes the subject's key, keeping the ids of its keys; nothing when it has none. */
    void erase(DataSubject subject, Integer[] keyIds) {
        jdbc.sql("""
                        update personal_data_key set keyset = null, erased_at = now(),
                            erased_key_ids = erased_key_ids || cast(:ids as integer[])
                        where tenant_id = :tenant and subject_id = :subject and keyset is not null
                        """)
                .param("ids", keyIds)
                .param("tenant", subject.tenant()).param("subject", subject.subject())
                .update();
    }

    /** The ids of the keys the subject had before erasures. */
    List<Integer> erasedKeyIds(DataSubject subject) {
        return jdbc.sql("""
                        select unnest(erased_key_ids) from personal_data_key
                        where tenant_id = :tenant and subject_id = :subject
                        """)
                .param("tenant", subject.tenant()).param("subject", subject.subject())
                .query(Integer.class)
                .list();
    }
}
