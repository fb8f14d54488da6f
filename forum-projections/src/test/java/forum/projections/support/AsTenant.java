package forum.projections.support;

import forum.projections.runtime.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Runs SQL as the application role would inside a request: one transaction, one tenant set. */
@Component
public class AsTenant {

    private final TransactionTemplate transactions;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;

    AsTenant(TransactionTemplate transactions, TenantScope tenantScope, JdbcClient jdbc) {
        this.transactions = transactions;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
    }

    public <T> T run(UUID tenant, Function<JdbcClient, T> work) {
        return transactions.execute(status -> {
            if (tenant != null) {
                tenantScope.enter(tenant);
            }
            return work.apply(jdbc);
        });
    }

    /** Every row of a table the tenant can see, without any condition of our own. */
    public List<Map<String, Object>> allRows(UUID tenant, String table) {
        return run(tenant, sql -> sql.sql("select * from " + table).query().listOfRows());
    }
}
