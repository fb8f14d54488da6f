package forum.api.accounts;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.AsKeyHolder;
import forum.api.support.ForumIntegrationTest;

/**
 * Accounts, invitations and Idempotency-Keys hold tenants' personal data (e-mails, password hashes, names, stored
 * answers). As the application role, a transaction reaches those of the tenant it entered and the one row whose key
 * it holds (RowKeys); with neither, none.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountRowsUnderRowLevelSecurityIT {

    private static final List<String> TABLES = List.of("user_account", "account_invitation", "idempotency_key");

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationContext application;

    TestMunicipality home;
    TestMunicipality other;
    UUID coordinator;
    String invitationToken;

    @BeforeAll
    void rowsOfTwoTenants() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        coordinator = accounts.find(home.usernames().get(Role.COORDINATOR)).orElseThrow().userId();
        invitationToken = Invitees.token(post(home.as(http, Role.COORDINATOR), "/api/v1/invitations",
                Map.of("email", Invitees.email("rls"), "name", "Rasmus Rækkesikker", "role", "FORUM_MEMBER")));
        created(post(home.as(http, Role.COORDINATOR), "/api/v1/forums",
                Map.of("name", "Nattelivsforum", "method", "OTHER", "meetingsPerYear", 4), UUID.randomUUID().toString()));
    }

    AsKeyHolder as() {
        return AsKeyHolder.in(application);
    }

    @Test
    void withNoTenantAndNoKeyNoRowIsReadable() {
        for (String table : TABLES) {
            long outside = count(jdbc, table);
            long inside = transaction.execute(status -> count(jdbc, table));
            assertThat(outside).as("%s outside a transaction", table).isZero();
            assertThat(inside).as("%s in a transaction", table).isZero();
        }
        // ... though the rows are there for whoever holds their tenant or key.
        long accountsOfHome = as().tenant(home.tenantId(), sql -> count(sql, "user_account"));
        long invitationsOfHome = as().tenant(home.tenantId(), sql -> count(sql, "account_invitation"));
        long keysOfCoordinator = as().idempotencyKeysOf(coordinator, sql -> count(sql, "idempotency_key"));
        assertThat(accountsOfHome).isEqualTo(5);
        assertThat(invitationsOfHome).isEqualTo(1);
        assertThat(keysOfCoordinator).isEqualTo(1);
    }

    @Test
    void anotherTenantNeitherReadsNorChangesTheTenantsRows() {
        for (String table : TABLES) {
            long read = as().tenant(other.tenantId(), sql -> sql.sql("select count(*) from " + table
                    + " where tenant_id = :home").param("home", home.tenantId()).query(Long.class).single());
            int updated = as().tenant(other.tenantId(), sql -> sql.sql("update " + table
                    + " set tenant_id = tenant_id where tenant_id = :home").param("home", home.tenantId()).update());
            assertThat(read).as("%s of the first tenant read", table).isZero();
            assertThat(updated).as("%s of the first tenant updated", table).isZero();
        }
        long ownAccounts = as().tenant(other.tenantId(), sql -> count(sql, "user_account"));
        assertThat(ownAccounts).isEqualTo(5);
    }

    @Test
    void aKeyReachesTheOneRowItNames() {
        String username = home.usernames().get(Role.AUDITOR);
        List<String> named = as().account(username, sql -> sql.sql("select username from user_account")
                .query(String.class).list());
        long invitations = as().invitation(InvitationTokens.hash(invitationToken),
                sql -> count(sql, "account_invitation"));
        long keysOfAnother = as().idempotencyKeysOf(home.tenantId(), sql -> count(sql, "idempotency_key"));
        assertThat(named).containsExactly(username);
        assertThat(invitations).isEqualTo(1);
        assertThat(keysOfAnother).isZero();
    }

    @Test
    void noAccountOfAnotherTenantCanBeWrittenUnderOnesOwn() {
        assertThatThrownBy(() -> as().tenant(other.tenantId(), sql -> sql.sql("""
                        insert into user_account (user_id, tenant_id, username, password_hash, display_name, roles)
                        values (:id, :home, :username, 'not a hash', 'Intruder', 'COORDINATOR')
                        """)
                .param("id", UUID.randomUUID()).param("home", home.tenantId())
                .param("username", Invitees.email("intruder")).update()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("row-level security");
    }

    private static long count(JdbcClient sql, String table) {
        return sql.sql("select count(*) from " + table).query(Long.class).single();
    }
}
