/** Shared kernel of the command side: tenancy, personal-data marking, rule violations and input checks.
 *  Every aggregate package may use it; it depends on no aggregate package. */
package forum.core.shared;
