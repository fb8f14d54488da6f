/** The timeline of one venue's case: every event in order, when, by whom, with a summary made of codes only;
 *  free text is kept apart and returned only when the caller asks for it. */
package forum.projections.casetimeline;
