/** PostgreSQL for Forum: the embedded server (and the stale one a killed run left on its data folder), and the
 *  database with its three roles (schema owner, application, relay) that row-level security rests on. */
package forum.infra.postgres;
