/**
 * How the read models are fed from the domain-events topic: the consumers, batched writes under each record's
 * tenant, positions per projection and aggregate, sequence gaps held, dead letters, and the consumers' lag.
 *
 * <p>The public face is what a feature projection implements and calls: {@link forum.projections.runtime.Projection}
 * (and the {@link forum.projections.runtime.UnhandledEventException} it throws for an event it has no branch for),
 * {@link forum.projections.runtime.ReadModelWrites}, {@link forum.projections.runtime.Rows},
 * {@link forum.projections.runtime.Conditions}, {@link forum.projections.runtime.GatheredRows}, and the scopes
 * readers enter ({@link forum.projections.runtime.TenantScope}, {@link forum.projections.runtime.NetworkScope});
 * plus what operations read (positions, lag, sequence gaps). Everything else is package-private.
 */
package forum.projections.runtime;
