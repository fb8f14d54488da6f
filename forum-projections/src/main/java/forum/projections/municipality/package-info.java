/** The municipality's own profile: name, country, official code and coordinator contact. */
package forum.projections.municipality;
