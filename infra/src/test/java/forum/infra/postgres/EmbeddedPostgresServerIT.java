package forum.infra.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerIT {

    @Test
    void keepsItsDataAcrossRestartsInTheDataFolder(@TempDir Path data) throws SQLException {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data)) {
            DatabaseAccess db = first.access();
            try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
                 Statement sql = owner.createStatement()) {
                sql.execute("create table kept (value text)");
                sql.execute("insert into kept values ('still here')");
            }
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data)) {
            DatabaseAccess db = second.access();
            try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
                 ResultSet rows = owner.createStatement().executeQuery("select value from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
    }

    @Test
    void applicationRoleIsNeitherSuperuserNorBypassesRowLevelSecurityNorOwnsTheSchema() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null)) {
            DatabaseAccess db = server.access();
            try (Connection app = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
                 ResultSet role = app.createStatement().executeQuery("""
                         select r.rolsuper, r.rolbypassrls, r.rolcreatedb, r.rolcreaterole,
                                has_schema_privilege(current_user, 'public', 'CREATE') as can_create,
                                (select nspowner = r.oid from pg_namespace where nspname = 'public') as owns_schema
                         from pg_roles r where r.rolname = current_user
                         """)) {
                assertThat(role.next()).isTrue();
                assertThat(role.getBoolean("rolsuper")).isFalse();
                assertThat(role.getBoolean("rolbypassrls")).isFalse();
                assertThat(role.getBoolean("rolcreatedb")).isFalse();
                assertThat(role.getBoolean("rolcreaterole")).isFalse();
                assertThat(role.getBoolean("can_create")).isFalse();
                assertThat(role.getBoolean("owns_schema")).isFalse();
            }
        }
    }
}
