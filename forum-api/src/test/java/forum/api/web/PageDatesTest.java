package forum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import forum.core.municipality.Country;

/** Dates as each language writes them, at the time of the municipality's own clock. */
class PageDatesTest {

    /** 17:30 UTC is 18:30 in Copenhagen, Stockholm and Oslo in December. */
    private static final Instant EVENING = Instant.parse("2026-12-07T17:30:00Z");

    @Test
    void aMeetingStartsAtTheMunicipalitysLocalTimeInItsLanguage() {
        assertThat(at(Language.DANISH, Country.DK)).contains("december 2026").contains("18.30");
        assertThat(at(Language.SWEDISH, Country.SE)).contains("december 2026").contains("18:30");
        assertThat(at(Language.NORWEGIAN, Country.NO)).contains("desember 2026").contains("18:30");
        assertThat(at(Language.ENGLISH, Country.SE)).contains("December 7, 2026").contains("6:30");
    }

    @Test
    void aDueDateIsWrittenInThePersonsLanguage() {
        LocalDate due = LocalDate.of(2027, 1, 15);
        assertThat(PageDates.date(due, Language.DANISH.locale())).isEqualTo("15. januar 2027");
        assertThat(PageDates.date(due, Language.SWEDISH.locale())).isEqualTo("15 januari 2027");
        assertThat(PageDates.date(due, Language.NORWEGIAN.locale())).isEqualTo("15. januar 2027");
        assertThat(PageDates.date(due, Locale.ENGLISH)).isEqualTo("January 15, 2027");
    }

    @Test
    void norwegianOfEitherWrittenFormIsReadInBokmal() {
        assertThat(Language.of(Locale.forLanguageTag("no"))).contains(Language.NORWEGIAN);
        assertThat(Language.of(Locale.forLanguageTag("nn-NO"))).contains(Language.NORWEGIAN);
        assertThat(Language.of(Locale.forLanguageTag("da-DK"))).contains(Language.DANISH);
        assertThat(Language.of(Locale.FRENCH)).isEmpty();
    }

    private static String at(Language language, Country country) {
        return PageDates.dateTime(EVENING, language.locale(), SignedInMunicipality.zoneOf(country));
    }
}
