package forum.projections.runtime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the current transaction read what the platform operator reads across every tenant (the
 * {@code operator_reader} policies: the municipalities' register, their last activity, network memberships) and
 * nothing else of theirs. Transaction-local like {@link TenantScope}; the caller decides who is the operator.
 */
@Component
public class OperatorScope {

    private final JdbcClient jdbc;

    public OperatorScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void enter() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The operator's reading is set per transaction; no transaction is active");
        }
        jdbc.sql("select set_config('forum.operator', 'on', true)").query(String.class).single();
    }
}
