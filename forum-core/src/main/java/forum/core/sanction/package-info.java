/** Sanction rules per country: versioned rule sets (data under {@code sanction/} on the class path, each in force
 *  from its date) and the arithmetic of Norway's penalty points. Pure rules: no aggregate, no events. */
package forum.core.sanction;
