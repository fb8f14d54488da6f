package forum.api.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

import forum.core.shared.DomainRuleViolation;

/**
 * A command's refusal shown on the form that sent it, in the person's language: next to the field it names when the
 * form has that field, else in the summary at the top. The message is the bundle's {@code problem.<code>}, the key
 * the API's problem details carry as their {@code code}. Form objects are JavaBeans whose properties are named as
 * the command's components, so a refusal finds its field without a mapping.
 */
public final class FormProblems {

    private FormProblems() {
    }

    public static void reject(BindingResult form, DomainRuleViolation violation) {
        reject(form, violation.field().orElse(null), violation.code());
    }

    /** A refusal known by its problem code only ({@code concurrent-change}, say), on a field or, if null, the form. */
    public static void reject(BindingResult form, String field, String code) {
        String key = "problem." + code;
        if (field != null && form.getTarget() != null && new BeanWrapperImpl(form.getTarget()).isReadableProperty(field)) {
            form.rejectValue(field, key);
        } else {
            form.reject(key);
        }
    }
}
