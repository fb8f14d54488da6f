/**
 * How far each consumer group is behind the domain-events topic: records not yet applied, and the
 * age of the last event applied, as Micrometer gauges tagged by group.
 */
package forum.projections.lag;
