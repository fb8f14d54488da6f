package forum.api.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import forum.core.shared.PersonalData;

/**
 * A personal value as a page shows it: an erased one ({@link PersonalData#ERASED} in the read models) as the word
 * {@code personal.erased} in the page's language, never the marker. Where a template shows the value on its own it
 * uses {@code forum:personal="${...}"} ({@link PersonalValueDialect}), which also marks the word as erased for the
 * stylesheet; where the value sits inside a sentence of the bundles, {@code ${@personal.text(...)}} puts the word in
 * the sentence and {@code th:classappend="${@personal.marked(...)}"} marks the sentence's element as erased; in an
 * option or a hidden label, {@code @personal.text} alone.
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

    /** The class that sets an element apart as holding an erased value; null for a value that was not erased. */
    public String marked(Object value) {
        return erased(value) ? PersonalValueDialect.ERASED_CLASS : null;
    }

    /** True for a value that was erased: a template leaves out what only a real value makes sense with (a mailto link). */
    public boolean isErased(Object value) {
        return erased(value);
    }
}
