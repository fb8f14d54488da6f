package forum.projections.runtime;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CrossTenantInsertTest {

    private static final Set<String> PRIMARY_KEY_ONLY = Set.of("venue_issue", "statistics_venue");

    @Test
    void anInsertWithItsTenantAsAParameterGoesWithoutItsConflictTarget() {
        var insert = CrossTenantInsert.of("""
                insert into venue_issue (issue_id, Tenant_Id, description, registered_at)
                values (:issue, :tenantId, coalesce(:description, 'none, given'), :at)
                on conflict (tenant_id, issue_id) do nothing
                """, "venue_issue", PRIMARY_KEY_ONLY);

        assertThat(insert).hasValueSatisfying(qualified -> {
            assertThat(qualified.tenantParameter()).isEqualTo("tenantId");
            assertThat(qualified.sql()).contains("values (:issue, :tenantId, coalesce(:description, 'none, given'), :at)")
                    .endsWith("on conflict do nothing\n").doesNotContain("(tenant_id, issue_id)");
        });
    }

    @Test
    void anInsertWithoutConflictClauseStaysAsItIs() {
        String sql = "insert into statistics_venue (tenant_id, venue_id) values (:tenant, :venue)";

        assertThat(CrossTenantInsert.of(sql, "statistics_venue", PRIMARY_KEY_ONLY))
                .hasValue(new CrossTenantInsert(sql, "tenant"));
    }

    @Test
    void statementsWhoseRowsCannotBeCheckedOrWouldReadDoNotQualify() {
        assertThat(CrossTenantInsert.of("insert into venue_issue (tenant_id, issue_id) values (cast(:t as uuid), :i)",
                "venue_issue", PRIMARY_KEY_ONLY)).as("tenant not a plain parameter").isEmpty();
        assertThat(CrossTenantInsert.of("insert into venue_issue (issue_id) values (:i)",
                "venue_issue", PRIMARY_KEY_ONLY)).as("no tenant column").isEmpty();
        assertThat(CrossTenantInsert.of("insert into venue_issue (tenant_id, issue_id) values (:t, "
                + "(select max(issue_id) from venue_issue))", "venue_issue", PRIMARY_KEY_ONLY))
                .as("a query among the values").isEmpty();
        assertThat(CrossTenantInsert.of("update venue_issue set tenant_id = :t", "venue_issue", PRIMARY_KEY_ONLY))
                .as("not an insert").isEmpty();
        assertThat(CrossTenantInsert.of("insert into venue_issue (tenant_id, issue_id) values (:t, :i) "
                + "on conflict (tenant_id, issue_id) do update set issue_id = excluded.issue_id", "venue_issue",
                PRIMARY_KEY_ONLY)).as("an upsert").isEmpty();
    }

    @Test
    void aTableWithAnotherUniqueIndexThanItsPrimaryKeyDoesNotQualify() {
        assertThat(CrossTenantInsert.of("""
                insert into municipality_profile (tenant_id, municipality_key) values (:tenant, :key)
                on conflict (tenant_id) do nothing
                """, "municipality_profile", PRIMARY_KEY_ONLY)).isEmpty();
    }
}
