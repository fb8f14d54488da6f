/** What the read endpoints share: the page every list answers with, checked paging and filter parameters, and
 *  the one 404 for whatever the signed-in user's municipality does not have, whether it exists elsewhere or not. */
package forum.api.query;
