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
    void theApplicationRoleCannotBypassRowLevelSecurity() {
        Map<String, Object> role = jdbc.sql("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query()
                .singleRow();

        assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
    }
}
