/** What a transaction may see under row-level security: one tenant ({@link forum.projections.tenancy.TenantScope})
 *  or one network's member municipalities' statistics ({@link forum.projections.tenancy.NetworkScope}). */
package forum.projections.tenancy;
