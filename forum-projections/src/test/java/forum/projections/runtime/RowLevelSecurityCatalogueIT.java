package forum.projections.runtime;

import forum.projections.support.ProjectionsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models' policies as the catalogue lists them. That every table of a tenant (the read models', the
 * accounts', the event store's) has forced row-level security, and no policy written by hand, is checked over the
 * whole schema in forum-api (forum.api.isolation.RowLevelSecurityCatalogueIT).
 */
@ProjectionsIntegrationTest
class RowLevelSecurityCatalogueIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    /** What a policy admits, as pg_policies lists it. */
    private static final String POLICY = "permissive, roles::text as roles, cmd, qual, with_check";

    @Test
    void everyReadModelTableHasThePoliciesForumTenantTableWrites() {
        Map<String, Map<String, Object>> written = transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("create temporary table tenant_scratch (tenant_id uuid) on commit drop").update();
            jdbc.sql("select forum_tenant_table('pg_temp.tenant_scratch')").query().listOfRows();
            return Map.of("tenant_isolation", policy("tenant_scratch", "tenant_isolation"),
                    "batch_insert", policy("tenant_scratch", "batch_insert"));
        });
        List<String> tables = jdbc.sql("""
                        select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid
                        where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                          and a.attname = 'tenant_id' and not a.attisdropped
                        order by c.relname
                        """).query(String.class).list();

        assertThat(tables).hasSizeGreaterThanOrEqualTo(20);
        for (String table : tables) {
            written.forEach((name, policy) -> assertThat(policy(table, name)).as("policy %s of %s", name, table)
                    .isEqualTo(policy));
        }
        List<String> byHand = jdbc.sql("""
                        select p.polrelid::regclass || ' ' || p.polname
                        from pg_policy p join pg_class c on c.oid = p.polrelid
                        where c.relnamespace = current_schema()::regnamespace
                          and coalesce(obj_description(p.oid, 'pg_policy'), '') !~ '^written by forum_[a-z_]+$'
                        """).query(String.class).list();
        assertThat(byHand).as("policies not written by the helpers (V2026_12_08_10)").isEmpty();
    }

    private Map<String, Object> policy(String table, String name) {
        List<Map<String, Object>> policies = jdbc.sql("select " + POLICY + " from pg_policies"
                        + " where tablename = :table and policyname = :name"
                        + " and schemaname in (current_schema(), pg_my_temp_schema()::regnamespace::text)")
                .param("table", table).param("name", name)
                .query()
                .listOfRows();
        assertThat(policies).as("policy %s of %s", name, table).hasSize(1);
        return policies.get(0);
    }

    @Test
    void everyTenantTableAdmitsTheTenantsOfABatchForInsertsOnly() {
        List<Map<String, Object>> policies = jdbc.sql("""
                        select isolated.tablename, batch.policyname, batch.cmd, batch.permissive,
                               batch.qual, batch.with_check
                        from pg_policies isolated
                        left join pg_policies batch on batch.tablename = isolated.tablename
                            and batch.with_check like '%forum.batch_tenants%'
                        where isolated.policyname = 'tenant_isolation'
                        order by isolated.tablename
                        """)
                .query()
                .listOfRows();

        assertThat(policies).hasSizeGreaterThanOrEqualTo(20);
        for (Map<String, Object> policy : policies) {
            String table = (String) policy.get("tablename");
            assertThat((String) policy.get("with_check")).as("batch policy of %s", table)
                    .contains("tenant_id = ANY").contains("forum.batch_tenants");
            assertThat(policy).as("batch policy of %s", table).containsEntry("policyname", "batch_insert")
                    .containsEntry("cmd", "INSERT").containsEntry("qual", null);
        }
        long readingOrChanging = jdbc.sql("""
                        select count(*) from pg_policies
                        where qual like '%forum.batch_tenants%'
                           or (cmd <> 'INSERT' and with_check like '%forum.batch_tenants%')
                        """).query(Long.class).single();
        assertThat(readingOrChanging).as("policies letting a batch's tenants be read, changed or deleted").isZero();
    }

    @Test
    void theApplicationRoleCannotBypassRowLevelSecurity() {
        Map<String, Object> role = jdbc.sql("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query()
                .singleRow();

        assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
    }
}
