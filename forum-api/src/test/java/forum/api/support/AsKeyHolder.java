package forum.api.support;

import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import forum.api.security.RowKeys;
import forum.projections.runtime.TenantScope;

/**
 * Runs SQL as the application role in one transaction that holds one key, as the application's own lookups do:
 * row-level security shows it the rows of that tenant, account, invitation or user, and no others.
 */
public final class AsKeyHolder {

    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final RowKeys rowKeys;
    private final TenantScope tenantScope;

    private AsKeyHolder(ApplicationContext application) {
        this.transaction = application.getBean(TransactionTemplate.class);
        this.jdbc = application.getBean(JdbcClient.class);
        this.rowKeys = application.getBean(RowKeys.class);
        this.tenantScope = application.getBean(TenantScope.class);
    }

    public static AsKeyHolder in(ApplicationContext application) {
        return new AsKeyHolder(application);
    }

    public <T> T tenant(UUID tenantId, Function<JdbcClient, T> work) {
        return transaction.execute(status -> {
            tenantScope.enter(tenantId);
            return work.apply(jdbc);
        });
    }

    public <T> T account(String username, Function<JdbcClient, T> work) {
        return transaction.execute(status -> {
            rowKeys.account(username);
            return work.apply(jdbc);
        });
    }

    public <T> T invitation(String tokenHash, Function<JdbcClient, T> work) {
        return transaction.execute(status -> {
            rowKeys.invitation(tokenHash);
            return work.apply(jdbc);
        });
    }

    public <T> T idempotencyKeysOf(UUID userId, Function<JdbcClient, T> work) {
        return transaction.execute(status -> {
            rowKeys.idempotencyKeysOf(userId);
            return work.apply(jdbc);
        });
    }
}
