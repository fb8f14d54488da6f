/** Small helpers the read models share for building queries and reading rows with plain JDBC. */
package forum.projections.sql;
