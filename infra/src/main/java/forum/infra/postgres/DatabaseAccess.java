package forum.infra.postgres;

/**
 * How the application reaches its database: the owner role runs Flyway migrations, the application
 * role (neither owner, superuser nor BYPASSRLS) serves requests, so row-level security applies to it, and the
 * relay role reads every tenant's events for the publisher and the rebuild, and nothing else.
 */
public record DatabaseAccess(String jdbcUrl, String ownerUser, String ownerPassword,
                             String appUser, String appPassword, String relayUser, String relayPassword) {
}
