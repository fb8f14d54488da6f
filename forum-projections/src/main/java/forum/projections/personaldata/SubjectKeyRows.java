package forum.projections.personaldata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Optional;

/** The table personal_data_key, read and written under the subject's tenant (row-level security). */
@Repository
class SubjectKeyRows {

    private final JdbcClient jdbc;

    SubjectKeyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The subject's keyset, locked against deletion until the transaction ends when the transaction may write (what it
     * writes from the key then never outlives an erasure). A read-only transaction cannot lock rows, nor needs to.
     */
    Optional<byte[]> find(DataSubject subject) {
        String lock = TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? "" : " for key share";
        return jdbc.sql("select keyset from personal_data_key where tenant_id = :tenant and subject_id = :subject" + lock)
                .param("tenant", subject.tenant()).param("subject", subject.subject())
                .query(byte[].class)
                .optional();
    }

    /**
     * Stores the subject's first key; false when another transaction stored one first (it waits for that one to
     * end, so the caller then finds the winner's key).
     */
    boolean insertFirst(DataSubject subject, byte[] keyset) {
        return jdbc.sql("""
                        insert into personal_data_key (tenant_id, subject_id, keyset) values (:tenant, :subject, :keyset)
                        on conflict (tenant_id, subject_id) do nothing
                        """)
                .param("tenant", subject.tenant()).param("subject", subject.subject()).param("keyset", keyset)
                .update() == 1;
    }

    void delete(DataSubject subject) {
        jdbc.sql("delete from personal_data_key where tenant_id = :tenant and subject_id = :subject")
                .param("tenant", subject.tenant()).param("subject", subject.subject())
                .update();
    }
}
