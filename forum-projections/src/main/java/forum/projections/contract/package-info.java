/** The wire format the publisher and the consumers share: the CloudEvents envelope, the event record, the
 *  registry of event types and which tenant an event's rows belong to. */
package forum.projections.contract;
