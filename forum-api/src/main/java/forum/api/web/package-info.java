/** What every page shares: the layout's data, the person's language and time zone, sign-in, refusal and error
 *  pages. The pages of a feature live beside its JSON controller, their templates under {@code templates/<feature>/}. */
package forum.api.web;
