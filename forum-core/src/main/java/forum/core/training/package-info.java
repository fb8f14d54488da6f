/**
 * Training of a venue's staff. Each course held is a Training aggregate of its own: recording one needs no other
 * course's state, and a venue's courses are many over the years, so they stay out of the venue's stream. The
 * coverage (trained staff still valid against the staff count the venue states in its agreement) is a read.
 */
package forum.core.training;
