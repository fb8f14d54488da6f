package forum.projections.tenancy;

import forum.projections.support.ProjectionsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue keeps the rule: a table with a tenant_id has row-level security, forced, and we are not its owner. */
@ProjectionsIntegrationTest
class RowLevelSecurityCatalogueIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableWithATenantIdHasForcedRowLevelSecurity() {
        List<Map<String, Object>> tables = jdbc.sql("""
                        select c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) as owner
                        from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind in ('r', 'p')
                          and exists (select 1 from pg_attribute a
                                      where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                        order by c.relname
                        """)
                .query()
                .listOfRows();

        assertThat(tables).hasSizeGreaterThanOrEqualTo(20);
        String me = jdbc.sql("select current_user").query(String.class).single();
        for (Map<String, Object> table : tables) {
            assertThat(table.get("relrowsecurity")).as("row security of %s", table.get("relname")).isEqualTo(true);
            assertThat(table.get("relforcerowsecurity")).as("forced row security of %s", table.get("relname"))
                    .isEqualTo(true);
            assertThat(table.get("owner")).as("owner of %s", table.get("relname")).isNotEqualTo(me);
        }
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
