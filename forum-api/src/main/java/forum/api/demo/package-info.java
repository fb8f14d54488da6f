/** The default run's demo, created through the same commands as any other data and kept across restarts: a home
 *  municipality with an account per role, the platform operator, and a national network of three municipalities
 *  with a quarter of meetings and cases, so that every dashboard has figures from the first start. */
package forum.api.demo;
