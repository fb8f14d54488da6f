/** The auditor's pages: the cases the auditor may read, each case's timeline with who did what when, and until when
 *  the grant lasts. Read-only: an auditor sends no command. */
package forum.api.audit;
