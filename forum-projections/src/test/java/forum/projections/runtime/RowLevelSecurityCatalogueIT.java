package forum.projections.runtime;

import forum.projections.support.ProjectionsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models' policies as the catalogue lists them. That every table of a tenant (the read models', the
 * accounts', the event store's) has forced row-level security is checked over the whole schema in forum-api
 * (forum.api.isolation.RowLevelSecurityCatalogueIT).
 */
@ProjectionsIntegrationTest
class RowLevelSecurityCatalogueIT {

    @Autowired
    JdbcClient jdbc;

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
