/**
 * Agreements with venues, their staff's training and the venue's status in the method: the JSON API, the
 * coordinator's pages on the venue's case file, and the public member list of a municipality (without sign-in,
 * embeddable on the municipality's own site: names, addresses and colours only).
 */
package forum.api.agreement;
