/** The publisher: one instance at a time, by lease, carries every stored event to the domain-events topic, at
 *  least once and in event-store order per key, and reports how far it is behind. Knows only the wire contract. */
package forum.api.publishing;
