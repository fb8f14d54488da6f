/** Municipality: the tenant. One per national municipality number, signed up by its coordinator.
 *  Its identifier is the country-qualified official code, so the event store keeps one tenant per code. */
package forum.core.municipality;
