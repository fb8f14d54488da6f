package forum.api.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import forum.api.commands.TestMunicipality;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;

/**
 * The whole schema, as the catalogue lists it: every table that holds a tenant's rows (a tenant column) and every
 * table of the event store (an aggregate column) is under forced row-level security, not owned by the requests'
 * role, and shows that role none of a tenant's rows unless its transaction entered that tenant. A new table
 * without row-level security fails here without anyone listing it.
 */
@ForumIntegrationTest
class RowLevelSecurityCatalogueIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Test
    void everyTableOfATenantOrOfTheEventStoreHasForcedRowLevelSecurity() {
        List<Map<String, Object>> tables = tenantTables();

        assertThat(tables).extracting(table -> table.get("relname")).contains("domain_event_entry",
                "snapshot_event_entry", "user_account", "account_invitation", "idempotency_key", "event_ledger",
                "venue_issue");
        String me = jdbc.sql("select current_user").query(String.class).single();
        for (Map<String, Object> table : tables) {
            assertThat(table.get("relrowsecurity")).as("row security of %s", table.get("relname")).isEqualTo(true);
            assertThat(table.get("relforcerowsecurity")).as("forced row security of %s", table.get("relname"))
                    .isEqualTo(true);
            assertThat(table.get("owner")).as("owner of %s", table.get("relname")).isNotEqualTo(me);
        }
    }

    @Test
    void noTableShowsATenantsRowsToATransactionThatDidNotEnterIt() {
        TestMunicipality municipality = TestMunicipality.signUp(http, accounts);
        UUID tenant = municipality.tenantId();

        for (Map<String, Object> table : tenantTables()) {
            String name = (String) table.get("relname");
            String ofTenant = "select count(*) from " + name + " where " + tenantCondition(table);
            assertThat(count(null, ofTenant, tenant)).as("%s's rows with no tenant entered", name).isZero();
            assertThat(count(UUID.randomUUID(), ofTenant, tenant)).as("%s's rows in another tenant", name).isZero();
        }
        String events = "select count(*) from domain_event_entry where event_tenant(meta_data) = :tenant";
        assertThat(count(tenant, events, tenant)).as("its own events, in its tenant").isPositive();
        String account = "select count(*) from user_account where tenant_id::text = :tenant";
        assertThat(count(tenant, account, tenant)).as("its coordinator's account, in its tenant").isPositive();
    }

    /** Tables with a tenant column or an aggregate column (the event store's), with their row security. */
    private List<Map<String, Object>> tenantTables() {
        return jdbc.sql("""
                        select c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) as owner,
                               exists (select 1 from pg_attribute a where a.attrelid = c.oid
                                       and a.attname = 'tenant_id' and not a.attisdropped) as has_tenant,
                               exists (select 1 from pg_attribute a where a.attrelid = c.oid
                                       and a.attname = 'meta_data' and not a.attisdropped) as has_metadata
                        from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema() and c.relkind in ('r', 'p')
                          and exists (select 1 from pg_attribute a
                                      where a.attrelid = c.oid and not a.attisdropped
                                        and a.attname in ('tenant_id', 'aggregate_identifier'))
                        order by c.relname
                        """)
                .query()
                .listOfRows();
    }

    /** The tenant's rows: by its column, by the events' metadata, or (a snapshot) every row. */
    private static String tenantCondition(Map<String, Object> table) {
        if (Boolean.TRUE.equals(table.get("has_tenant"))) {
            return "tenant_id::text = :tenant";
        }
        return Boolean.TRUE.equals(table.get("has_metadata")) ? "event_tenant(meta_data) = :tenant" : "true";
    }

    private long count(UUID entered, String query, UUID tenant) {
        return transaction.execute(status -> {
            jdbc.sql("select set_config('forum.tenant_id', :entered, true)")
                    .param("entered", entered == null ? "" : entered.toString()).query(String.class).single();
            return jdbc.sql(query).param("tenant", tenant.toString()).query(Long.class).single();
        });
    }
}
