package forum.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import forum.api.audit.CaseHistory.Line;
import forum.projections.casetimeline.TimelineEntry;
import forum.projections.casetimeline.TimelineEntryKind;

/** The timeline's filters: days in the municipality's zone, both ends included, and what cannot be read. */
class TimelineFilterTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Actor KAREN = new Actor("8d3e2f0a-0000-4000-8000-000000000001", "Karen", List.of(), null);
    private static final Actor SYSTEM = Actor.system("system");

    @Test
    void aPeriodIsOfDaysInTheMunicipalitysZoneBothEndsIncluded() {
        // 23:30 UTC on 31 March is already 1 April in Copenhagen.
        Line lateEvening = line("2026-03-31T23:30:00Z", TimelineEntryKind.ISSUE_REGISTERED, KAREN);
        assertThat(filter("", "", "2026-04-01", "2026-04-01").admits(lateEvening, COPENHAGEN)).isTrue();
        assertThat(filter("", "", "", "2026-03-31").admits(lateEvening, COPENHAGEN)).isFalse();
        assertThat(filter("", "", "2026-04-02", "").admits(lateEvening, COPENHAGEN)).isFalse();
    }

    @Test
    void personAndKindNarrowTogether() {
        Line karens = line("2026-03-01T10:00:00Z", TimelineEntryKind.DECISION_RECORDED, KAREN);
        Line systems = line("2026-03-01T10:00:00Z", TimelineEntryKind.DECISION_RECORDED, SYSTEM);
        TimelineFilter byKaren = filter(KAREN.key(), "DECISION_RECORDED", "", "");
        assertThat(byKaren.admits(karens, COPENHAGEN)).isTrue();
        assertThat(byKaren.admits(systems, COPENHAGEN)).isFalse();
        assertThat(filter(KAREN.key(), "ISSUE_RESOLVED", "", "").admits(karens, COPENHAGEN)).isFalse();
    }

    @Test
    void whatCannotBeReadIsSaidBesideItsFieldAndFiltersNothing() {
        TimelineFilter unreadable = filter("someone", "BRIBE", "31.03.2026", "2026-02-30");
        BeanPropertyBindingResult problems = new BeanPropertyBindingResult(unreadable, "filter");
        unreadable.check(List.of(KAREN, SYSTEM), problems);
        assertThat(problems.getFieldErrors()).extracting(error -> error.getField() + ":" + error.getCode())
                .containsExactlyInAnyOrder("person:audit.filter.unknownPerson", "kind:audit.filter.unknownKind",
                        "from:audit.filter.badDate", "to:audit.filter.badDate");
        assertThat(unreadable.admits(line("2026-03-01T10:00:00Z", TimelineEntryKind.VENUE_REGISTERED, SYSTEM),
                COPENHAGEN)).isTrue();

        TimelineFilter backwards = filter("", "", "2026-03-31", "2026-03-01");
        BeanPropertyBindingResult backwardsProblems = new BeanPropertyBindingResult(backwards, "filter");
        backwards.check(List.of(KAREN), backwardsProblems);
        assertThat(backwardsProblems.getFieldErrors()).extracting(error -> error.getField() + ":" + error.getCode())
                .containsExactly("to:audit.filter.endsBeforeStart");
        assertThat(backwards.admits(line("2026-01-01T10:00:00Z", TimelineEntryKind.VENUE_REGISTERED, KAREN),
                COPENHAGEN)).isTrue();
    }

    private static TimelineFilter filter(String person, String kind, String from, String to) {
        TimelineFilter filter = new TimelineFilter();
        filter.setPerson(person);
        filter.setKind(kind);
        filter.setFrom(from);
        filter.setTo(to);
        return filter;
    }

    private static Line line(String at, TimelineEntryKind kind, Actor actor) {
        return new Line(new TimelineEntry(1, "event", kind, Instant.parse(at), actor.key(), null, "summary", null,
                null, null, null, null, null, null, null, null, null, null), actor);
    }
}
