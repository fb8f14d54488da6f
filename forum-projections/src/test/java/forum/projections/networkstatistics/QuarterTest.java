package forum.projections.networkstatistics;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {

    @Test
    void readsAndWritesTheUsualNotation() {
        assertThat(Quarter.parse("2026-Q4")).isEqualTo(new Quarter(2026, 4));
        assertThat(new Quarter(2026, 4)).hasToString("2026-Q4");
        assertThatThrownBy(() -> Quarter.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quarter.parse("Q4 2026")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startsAndEndsAtMidnightScandinavianTime() {
        Quarter q4 = Quarter.parse("2026-Q4");

        assertThat(q4.start()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
        assertThat(q4.end()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
        assertThat(q4.next()).isEqualTo(new Quarter(2027, 1));
        assertThat(new Quarter(2027, 1).previous()).isEqualTo(q4);
    }

    @Test
    void anInstantBelongsToTheQuarterOfItsLocalDate() {
        assertThat(Quarter.of(Instant.parse("2026-09-30T22:30:00Z"))).isEqualTo(Quarter.parse("2026-Q4"));
        assertThat(Quarter.of(Instant.parse("2026-09-30T21:59:59Z"))).isEqualTo(Quarter.parse("2026-Q3"));
        assertThat(Quarter.of(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo(Quarter.parse("2027-Q1"));
    }
}
