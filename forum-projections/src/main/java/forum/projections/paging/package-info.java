/** Paging of the list queries: which page to read, and one page of results with the list's length. */
package forum.projections.paging;
