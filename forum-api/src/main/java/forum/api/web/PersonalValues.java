package forum.api.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import forum.core.shared.PersonalData;

/**
 * A personal value as a page shows it: an erased one ({@link PersonalData#ERASED} in the read models) as the word
 * {@code personal.erased} in the page's language, never the marker. Where a template shows the value on its own it
 * uses {@code forum:personal="${...}"} ({@link PersonalValueDialect}), which also marks the word as erased for the
 * stylesheet; a sentence of the bundles that ends in the value is given '' for it and the value follows in an element
 * of its own with {@code forum:personal}; inside a sentence, an option or a hidden label,
 * {@code ${@personal.text(...)}} (the word, unstyled).
 */
@Component("personal")
public class PersonalValues {

    static final String ERASED_KEY = "personal.erased";

    private final MessageSource messages;

    PersonalValues(MessageSource messages) {
        this.messages = messages;
    }

    public static boolean erased(Object value) {
        return PersonalData.ERASED.equals(value);
    }

    /** The value, or the word for an erased one; null stays null. */
    public String text(Object value) {
        if (erased(value)) {
            return messages.getMessage(ERASED_KEY, null, LocaleContextHolder.getLocale());
        }
        return value == null ? null : value.toString();
    }

    /** True for a value that was erased: a template leaves out what only a real value makes sense with (a mailto link). */
    public boolean isErased(Object value) {
        return erased(value);
    }
}
