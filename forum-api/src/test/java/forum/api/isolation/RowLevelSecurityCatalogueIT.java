package forum.api.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * without row-level security fails here without anyone listing it, and so does a policy written by hand instead of
 * by the migrations' helpers (platform migration V2026_12_08_10), or a tenant table whose policies are not the ones
 * forum_tenant_table writes.
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

    /**
     * Tables with a tenant column whose rows are also looked up before a tenant is known, by a key the transaction
     * names (RowKeys): reached under their tenant by forum_keyed_policy (accounts, invitations) or by their user
     * only (Idempotency-Keys), never admitted by a consumer's batch.
     */
    private static final Set<String> KEYED_TABLES = Set.of("user_account", "account_invitation", "idempotency_key");

    /** What forum_tenant_table writes, the columns of pg_policies that say what a policy admits. */
    private static final String POLICY_COLUMNS = "policyname, permissive, roles::text as roles, cmd, qual, with_check";

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

    @Test
    void noPolicyIsWrittenByHand() {
        List<Map<String, Object>> policies = jdbc.sql("""
                        select c.relname, p.polname, obj_description(p.oid, 'pg_policy') as mark
                        from pg_policy p
                        join pg_class c on c.oid = p.polrelid
                        join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema()
                        order by c.relname, p.polname
                        """)
                .query()
                .listOfRows();

        assertThat(policies).hasSizeGreaterThanOrEqualTo(60);
        for (Map<String, Object> policy : policies) {
            assertThat((String) policy.get("mark")).as("who wrote policy %s on %s", policy.get("polname"),
                    policy.get("relname")).matches("written by forum_[a-z_]+");
        }
    }

    @Test
    void everyTenantTableHasThePoliciesTheHelperWrites() {
        Map<String, Map<String, Object>> standard = policiesWrittenForAScratchTable();
        assertThat(standard).containsOnlyKeys("tenant_isolation", "batch_insert");

        for (Map<String, Object> table : tenantTables()) {
            String name = (String) table.get("relname");
            if (!Boolean.TRUE.equals(table.get("has_tenant")) || KEYED_TABLES.contains(name)) {
                continue;
            }
            Map<String, Map<String, Object>> policies = policiesOf(name);
            for (var written : standard.entrySet()) {
                assertThat(policies.get(written.getKey())).as("policy %s of %s", written.getKey(), name)
                        .isEqualTo(written.getValue());
            }
        }
        Map<String, Object> tenantRule = standard.get("tenant_isolation");
        for (String keyed : List.of("user_account", "account_invitation")) {
            Map<String, Object> ownTenant = policiesOf(keyed).get("own_tenant");
            assertThat(ownTenant).as("policy own_tenant of %s", keyed).isNotNull();
            assertThat(ownTenant.get("qual")).as("policy own_tenant of %s", keyed).isEqualTo(tenantRule.get("qual"));
            assertThat(ownTenant.get("with_check")).as("policy own_tenant of %s", keyed)
                    .isEqualTo(tenantRule.get("with_check"));
        }
    }

    /** The policies forum_tenant_table writes today, on a table of the transaction's own that is rolled back. */
    private Map<String, Map<String, Object>> policiesWrittenForAScratchTable() {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("create temporary table tenant_scratch (tenant_id uuid) on commit drop").update();
            jdbc.sql("select forum_tenant_table('pg_temp.tenant_scratch')").query().listOfRows();
            return byName(jdbc.sql("select " + POLICY_COLUMNS + " from pg_policies"
                            + " where schemaname = pg_my_temp_schema()::regnamespace::text"
                            + " and tablename = 'tenant_scratch'")
                    .query()
                    .listOfRows());
        });
    }

    private Map<String, Map<String, Object>> policiesOf(String table) {
        return byName(jdbc.sql("select " + POLICY_COLUMNS + " from pg_policies"
                        + " where schemaname = current_schema() and tablename = :table")
                .param("table", table)
                .query()
                .listOfRows());
    }

    private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> policies) {
        return policies.stream().collect(Collectors.toMap(policy -> (String) policy.get("policyname"), policy -> policy));
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
