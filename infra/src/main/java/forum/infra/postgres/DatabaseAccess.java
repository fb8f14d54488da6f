package forum.infra.postgres;

/**
 * How the application reaches its database: the owner role runs Flyway migrations, the application
 * role (neither owner, superuser nor BYPASSRLS) serves requests, so row-level security applies to it.
 */
public record DatabaseAccess(String jdbcUrl, String ownerUser, String ownerPassword,
                             String appUser, String appPassword) {
}
