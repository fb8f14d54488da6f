/**
 * The OpenAPI 3 document of the API (/v3/api-docs) and its explorer (/swagger-ui.html): every operation,
 * its problem-detail errors and both ways to sign in.
 */
package forum.api.openapi;
