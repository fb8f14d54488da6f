package forum.projections.runtime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.UUID;

/**
 * Sets the network whose member municipalities' statistics the current transaction may read (the
 * {@code network_reader} policies). Transaction-local like {@link TenantScope}; the caller decides
 * which network a user may see.
 */
@Component
public class NetworkScope {

    private final JdbcClient jdbc;

    public NetworkScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void enter(UUID networkId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The network is set per transaction; no transaction is active");
        }
        jdbc.sql("select set_config('forum.network_id', :network, true)")
                .param("network", networkId.toString())
                .query(String.class)
                .single();
    }
}
