package forum.projections.runtime;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultiRowInsertTest {

    private static final UUID TENANT = UUID.fromString("6f1c3b1e-8a44-4b8e-9d61-1f0a4c2b7e10");

    @Test
    void insertsWhoseConflictsAreIgnoredBecomeOneInsertFromArrays() {
        var statement = MultiRowInsert.of("""
                insert into venue_decision (tenant_id, decision_id, effective_from, effective_to, recorded_at, sequence)
                values (:tenant, :decision, :from, :to, :at, :sequence)
                on conflict (tenant_id, decision_id) do nothing
                """, List.of(
                row(UUID.fromString("00000000-0000-0000-0000-000000000001"), LocalDate.parse("2026-12-01"), 7L),
                row(UUID.fromString("00000000-0000-0000-0000-000000000002"), LocalDate.parse("2027-01-01"), 9L)))
                .orElseThrow();

        assertThat(statement.sql()).isEqualToIgnoringWhitespace("""
                insert into venue_decision (tenant_id, decision_id, effective_from, effective_to, recorded_at, sequence)
                select cast(u.p0 as uuid), cast(u.p1 as uuid), cast(u.p2 as date), null, cast(u.p4 as timestamptz),
                       cast(u.p5 as bigint)
                from unnest(cast(:p0 as text[]), cast(:p1 as text[]), cast(:p2 as text[]), cast(:p4 as text[]),
                            cast(:p5 as text[])) as u(p0, p1, p2, p4, p5)
                on conflict (tenant_id, decision_id) do nothing
                """);
        assertThat((String[]) statement.arrays().getValue("p1"))
                .containsExactly("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002");
        assertThat((String[]) statement.arrays().getValue("p2")).containsExactly("2026-12-01", "2027-01-01");
        // Instants travel with their zone, so the session's time zone cannot move them.
        assertThat((String[]) statement.arrays().getValue("p4"))
                .containsExactly("2026-03-01T18:00:00Z", "2026-03-01T18:00:00Z");
        assertThat((String[]) statement.arrays().getValue("p5")).containsExactly("7", "9");
    }

    @Test
    void insertsIntoSeveralTablesGoAsOneStatementWithTheirParametersApart() {
        MapSqlParameterSource first = new MapSqlParameterSource("tenant", TENANT).addValue("name", "Alfa");
        MapSqlParameterSource second = new MapSqlParameterSource("tenant", TENANT).addValue("name", "Beta");
        var venues = MultiRowInsert.of("insert into a (tenant_id, name) values (:tenant, :name)",
                List.of(first, second), "t0_").orElseThrow();
        var names = MultiRowInsert.of("insert into b (tenant_id, name) values (:tenant, :name) on conflict do nothing",
                List.of(second, first), "t1_").orElseThrow();

        var together = MultiRowInsert.together(List.of(venues, names)).orElseThrow();

        assertThat(together.sql()).isEqualToIgnoringWhitespace("""
                with w0 as (insert into a (tenant_id, name) select cast(u.t0_p0 as uuid), u.t0_p1
                            from unnest(cast(:t0_p0 as text[]), cast(:t0_p1 as text[])) as u(t0_p0, t0_p1))
                insert into b (tenant_id, name) select cast(u.t1_p0 as uuid), u.t1_p1
                from unnest(cast(:t1_p0 as text[]), cast(:t1_p1 as text[])) as u(t1_p0, t1_p1) on conflict do nothing
                """);
        assertThat((String[]) together.arrays().getValue("t0_p1")).containsExactly("Alfa", "Beta");
        assertThat((String[]) together.arrays().getValue("t1_p1")).containsExactly("Beta", "Alfa");
        assertThat(MultiRowInsert.together(List.of(venues))).contains(venues);
        assertThat(MultiRowInsert.together(List.of())).isEmpty();
        assertThatThrownBy(() -> MultiRowInsert.together(List.of(venues, venues)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueMissingInSomeRowsIsNullThere() {
        MapSqlParameterSource withText = new MapSqlParameterSource("tenant", TENANT).addValue("actor", "Polisen");
        MapSqlParameterSource withoutText = new MapSqlParameterSource("tenant", TENANT)
                .addValue("actor", null, Types.VARCHAR);
        var statement = MultiRowInsert.of("insert into t (tenant_id, actor) values (:tenant, :actor)",
                List.of(withText, withoutText)).orElseThrow();

        assertThat(statement.sql()).contains("select cast(u.p0 as uuid), u.p1 from unnest");
        assertThat((String[]) statement.arrays().getValue("p1")).containsExactly("Polisen", null);
    }

    @Test
    void castsAndExpressionsAroundParametersStay() {
        var statement = MultiRowInsert.of(
                "insert into meeting (tenant_id, agenda) values (:tenant, cast(:agenda as jsonb)) on conflict do nothing",
                List.of(new MapSqlParameterSource("tenant", TENANT).addValue("agenda", "[\"a\"]"),
                        new MapSqlParameterSource("tenant", TENANT).addValue("agenda", "[]"))).orElseThrow();

        assertThat(statement.sql()).contains("select cast(u.p0 as uuid), cast(u.p1 as jsonb) from unnest");
        assertThat(statement.sql()).endsWith("on conflict do nothing");
    }

    @Test
    void upsertsStayOneStatementPerRow() {
        // A key met twice in one statement would fail "do update"; one statement per row updates twice.
        assertThat(MultiRowInsert.of("""
                insert into forum_member (tenant_id, member_id) values (:tenant, :member)
                on conflict (tenant_id, member_id) do update set removed_at = null
                """, List.of(new MapSqlParameterSource("tenant", TENANT).addValue("member", TENANT),
                new MapSqlParameterSource("tenant", TENANT).addValue("member", TENANT)))).isEmpty();
    }

    @Test
    void updatesAndUnknownValueTypesStayAsTheyAre() {
        assertThat(MultiRowInsert.of("update venue set name = :name where tenant_id = :tenant",
                List.of(new MapSqlParameterSource("name", "a"), new MapSqlParameterSource("name", "b")))).isEmpty();
        assertThat(MultiRowInsert.of("insert into t (tenant_id, x) values (:tenant, :x)",
                List.of(new MapSqlParameterSource("tenant", TENANT).addValue("x", new Object()),
                        new MapSqlParameterSource("tenant", TENANT).addValue("x", new Object())))).isEmpty();
    }

    private static MapSqlParameterSource row(UUID decision, LocalDate from, long sequence) {
        return new MapSqlParameterSource()
                .addValue("tenant", TENANT)
                .addValue("decision", decision)
                .addValue("from", from)
                .addValue("to", null)
                .addValue("at", Timestamp.from(Instant.parse("2026-03-01T18:00:00Z")))
                .addValue("sequence", sequence);
    }

    @Test
    void onlyAnInsertsIgnoredConflictsAreDropped() {
        assertThat(MultiRowInsert.withoutIgnoredConflicts("""
                insert into venue (tenant_id, venue_id) values (:tenant, :venue)
                on conflict (tenant_id, venue_id) do nothing
                """)).isEqualTo("""
                insert into venue (tenant_id, venue_id) values (:tenant, :venue)""");
        assertThat(MultiRowInsert.withoutIgnoredConflicts("insert into t (a) values (:a) ON CONFLICT DO NOTHING"))
                .isEqualTo("insert into t (a) values (:a)");
        String upsert = "insert into t (a, b) values (:a, :b) on conflict (a) do update set b = excluded.b";
        assertThat(MultiRowInsert.withoutIgnoredConflicts(upsert)).isEqualTo(upsert);
        String update = "update t set note = 'on conflict do nothing' where a = :a";
        assertThat(MultiRowInsert.withoutIgnoredConflicts(update)).isEqualTo(update);
    }
}
