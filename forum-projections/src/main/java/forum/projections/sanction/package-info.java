/** What the sanction rules are weighed against, read from the venue register's tables: the breaches a venue's
 *  decisions named, and the municipality's earlier decisions on issues of given categories. No tables of its own. */
package forum.projections.sanction;
