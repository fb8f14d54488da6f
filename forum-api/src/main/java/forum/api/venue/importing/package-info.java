/** Importing venues from a CSV file: a dry run that names every bad line, then an idempotent import that matches
 *  venues by licence number (docs/venue-import.md describes the columns). */
package forum.api.venue.importing;
