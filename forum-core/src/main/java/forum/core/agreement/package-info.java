/**
 * Agreements with venues: signed, renewed yearly, ended. An Agreement is its own aggregate (one per agreement, not
 * part of the Venue): a venue signs again after an agreement ended or lapsed, each agreement has its own signatories
 * and commitments, and its commands never need the venue's issues or recommendations, so the venue's stream stays
 * the case file and agreements do not contend with it. A lapse is not an event: an agreement whose renewal date
 * passed without a renewal reads as lapsed (the read model computes it from dates), because nothing happens at
 * the moment it lapses. The status in the method (green/orange) combines agreements, training and the venue's
 * issues and is likewise a read: {@link MembershipRule} holds each forum method's parameters.
 */
package forum.core.agreement;
