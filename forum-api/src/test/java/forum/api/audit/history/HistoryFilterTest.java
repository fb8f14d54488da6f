package forum.api.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** The history's filters as text: instants, local times and days in the municipality's zone; each bad value named. */
class HistoryFilterTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Test
    void readsInstantsLocalTimesAndWholeDaysInTheMunicipalitysZone() {
        HistoryFilter filter = new HistoryFilter();
        filter.setFrom("2026-03-31 14:30");
        filter.setTo("2026-04-02");
        HistoryQuery query = read(filter);
        assertThat(query.from()).isEqualTo(Instant.parse("2026-03-31T12:30:00Z"));
        assertThat(query.to()).as("the end of the day given").isEqualTo(Instant.parse("2026-04-02T22:00:00Z"));

        filter.setFrom("2026-03-31T10:00:00Z");
        filter.setTo("");
        assertThat(read(filter).from()).isEqualTo(Instant.parse("2026-03-31T10:00:00Z"));
        assertThat(read(filter).newestFirst()).isTrue();
        assertThat(read(filter).size()).isEqualTo(HistoryQuery.DEFAULT_SIZE);
    }

    @Test
    void readsTheOtherFilters() {
        UUID person = UUID.randomUUID();
        UUID aggregate = UUID.randomUUID();
        HistoryFilter filter = new HistoryFilter();
        filter.setPerson(" " + person + " ");
        filter.setAggregate(aggregate.toString());
        filter.setAggregateType("Venue");
        filter.setKind("VenueIssueRegistered");
        filter.setOrder("oldest");
        filter.setAfter("41");
        filter.setSize("10");
        assertThat(read(filter)).isEqualTo(new HistoryQuery(person, aggregate.toString(), "Venue",
                "VenueIssueRegistered", null, null, false, 41L, 10));
    }

    @Test
    void namesEveryValueItCannotRead() {
        HistoryFilter filter = new HistoryFilter();
        filter.setPerson("Mona");
        filter.setAggregate("bar-nord");
        filter.setAggregateType("Bar");
        filter.setKind("Bribe");
        filter.setFrom("31.12.2026");
        filter.setTo("tomorrow");
        filter.setOrder("random");
        filter.setAfter("-1");
        filter.setSize("201");
        BeanPropertyBindingResult problems = new BeanPropertyBindingResult(filter, "filter");
        assertThat(filter.read(COPENHAGEN, problems)).isEmpty();
        assertThat(problems.getFieldErrors()).extracting(error -> error.getField() + ":" + error.getCode())
                .containsExactlyInAnyOrder("person:history.filter.badPerson", "aggregate:history.filter.badAggregate",
                        "aggregateType:history.filter.badAggregateType", "kind:history.filter.badKind",
                        "from:history.filter.badTime", "to:history.filter.badTime", "order:history.filter.badOrder",
                        "after:history.filter.badNumber", "size:history.filter.badNumber");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsNamedAtItsEnd() {
        HistoryFilter filter = new HistoryFilter();
        filter.setFrom("2026-03-31T10:00:00Z");
        filter.setTo("2026-03-31T10:00:00Z");
        BeanPropertyBindingResult problems = new BeanPropertyBindingResult(filter, "filter");
        assertThat(filter.read(COPENHAGEN, problems)).isEmpty();
        assertThat(problems.getFieldError("to").getCode()).isEqualTo("history.filter.endsBeforeStart");
    }

    private static HistoryQuery read(HistoryFilter filter) {
        BeanPropertyBindingResult problems = new BeanPropertyBindingResult(filter, "filter");
        HistoryQuery query = filter.read(COPENHAGEN, problems).orElseThrow();
        assertThat(problems.hasErrors()).isFalse();
        return query;
    }
}
