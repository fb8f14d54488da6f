package forum.api.audit.asof;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** The moment an as-of page shows: read in the municipality's zone, to the end of what it names, or refused. */
class AsOfMomentTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant NOW = Instant.parse("2026-12-07T21:00:00Z");

    @Test
    void aDateAndATimeCountToTheEndOfTheMinuteOrSecondTheyNameInTheZone() {
        assertThat(resolve("2026-03-31", "14:30", "")).contains(Instant.parse("2026-03-31T12:30:59.999999999Z"));
        assertThat(resolve("2026-03-31", "14:30:05", "")).contains(Instant.parse("2026-03-31T12:30:05.999999999Z"));
        assertThat(resolve("2026-01-15", "", "")).contains(Instant.parse("2026-01-15T22:59:59.999999999Z"));
    }

    @Test
    void aLinksInstantIsTakenAsItIsAndShownInTheFields() {
        AsOfMoment moment = moment("", "", "2026-03-31T12:30:05.123Z");
        assertThat(moment.resolve(STOCKHOLM, NOW, problems(moment))).contains(Instant.parse("2026-03-31T12:30:05.123Z"));
        assertThat(moment.getDate()).isEqualTo("2026-03-31");
        assertThat(moment.getTime()).isEqualTo("14:30:05");
        assertThat(resolve("", "", "2026-03-31T14:30:05+02:00")).contains(Instant.parse("2026-03-31T12:30:05Z"));
        assertThat(resolve("", "", "2026-03-31T14:30:05")).contains(Instant.parse("2026-03-31T12:30:05Z"));
    }

    @Test
    void nothingGivenIsNow() {
        assertThat(resolve("", "", "")).contains(NOW);
    }

    @Test
    void whatCannotBeReadIsRefusedBesideItsField() {
        AsOfMoment fields = moment("31.12.2026", "25:00", "");
        BeanPropertyBindingResult problems = problems(fields);
        assertThat(fields.resolve(STOCKHOLM, NOW, problems)).isEmpty();
        assertThat(problems.getFieldError("date").getCode()).isEqualTo("audit.asOf.badDate");
        assertThat(problems.getFieldError("time").getCode()).isEqualTo("audit.asOf.badTime");

        AsOfMoment timeOnly = moment("", "14:30", "");
        BeanPropertyBindingResult missing = problems(timeOnly);
        assertThat(timeOnly.resolve(STOCKHOLM, NOW, missing)).isEmpty();
        assertThat(missing.getFieldError("date").getCode()).isEqualTo("audit.asOf.dateMissing");

        AsOfMoment address = moment("", "", "yesterday");
        BeanPropertyBindingResult unreadable = problems(address);
        assertThat(address.resolve(STOCKHOLM, NOW, unreadable)).isEmpty();
        assertThat(unreadable.getGlobalError().getCode()).isEqualTo("audit.asOf.badInstant");
    }

    private static Optional<Instant> resolve(String date, String time, String asOf) {
        AsOfMoment moment = moment(date, time, asOf);
        BeanPropertyBindingResult problems = problems(moment);
        Optional<Instant> resolved = moment.resolve(STOCKHOLM, NOW, problems);
        assertThat(problems.hasErrors()).as("%s", problems).isFalse();
        return resolved;
    }

    private static AsOfMoment moment(String date, String time, String asOf) {
        AsOfMoment moment = new AsOfMoment();
        moment.setDate(date);
        moment.setTime(time);
        moment.setAsOf(asOf);
        return moment;
    }

    private static BeanPropertyBindingResult problems(AsOfMoment moment) {
        return new BeanPropertyBindingResult(moment, "moment");
    }
}
