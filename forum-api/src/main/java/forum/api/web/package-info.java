/** What every page shares: the layout's data ({@code @page}), the person's language and the municipality's time zone
 *  ({@code @dates}), sign-in, refusal and error pages. The pages of a feature live beside its JSON controller, their
 *  templates under {@code templates/<feature>/}. Thymeleaf evaluates {@code th:attr} and {@code th:aria-*} restricted,
 *  without bean calls: a template takes a bean's value into a {@code th:with} variable first. */
package forum.api.web;
