/** Each country's sanction rules beside a venue's recommendations and decisions: Norway's penalty points, Sweden's
 *  statutory sanctions with their legal ground, Denmark's own practice of the municipality. */
package forum.api.sanction;
