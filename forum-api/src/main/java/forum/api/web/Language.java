package forum.api.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import forum.core.municipality.Country;

/** The languages of the pages, each with the name it has in itself (for the language switcher). */
public enum Language {
    DANISH("da", "Dansk"),
    SWEDISH("sv", "Svenska"),
    NORWEGIAN("nb", "Norsk bokmål"),
    ENGLISH("en", "English");

    private final String tag;
    private final String ownName;

    Language(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    public String tag() {
        return tag;
    }

    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a municipality's country. */
    public static Language of(Country country) {
        return switch (country) {
            case DK -> DANISH;
            case SE -> SWEDISH;
            case NO -> NORWEGIAN;
        };
    }

    /** The page language for a locale's language; Norwegian "no" and nynorsk "nn" are read in bokmål. */
    public static Optional<Language> of(Locale locale) {
        String language = locale.getLanguage();
        if (language.equals("no") || language.equals("nn")) {
            return Optional.of(NORWEGIAN);
        }
        return Arrays.stream(values()).filter(known -> known.tag.equals(language)).findFirst();
    }

    public static Optional<Language> ofTag(String tag) {
        return tag == null ? Optional.empty() : Arrays.stream(values()).filter(known -> known.tag.equals(tag)).findFirst();
    }
}
