package forum.core.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import forum.core.municipality.Country;

/**
 * Worked examples of alkoholforskriften kapittel 10 (FOR-2005-06-08-538 §§ 10-2, 10-3) and Helsedirektoratet's
 * table for points beyond 12, as municipalities publish them (Bodø kommune, "Reaksjonsformer ved brudd på
 * alkohollovens bestemmelser"; Nesodden kommune, "Prikktildeling ved brudd på alkoholbestemmelsene").
 */
class NorwegianPenaltyPointsTest {

    private final SanctionRuleBook rules = SanctionRuleBook.standard();
    private final PointStandings standings = new PointStandings(rules);

    private static RecordedBreach breach(String type, String committedOn) {
        return new RecordedBreach(UUID.randomUUID(), type, LocalDate.parse(committedOn));
    }

    private PointStanding on(String day, RecordedBreach... breaches) {
        return standings.on(LocalDate.parse(day), List.of(breaches)).orElseThrow();
    }

    @Test
    void servingMinorsAndServingAnIntoxicatedGuestMakeTwelvePointsAndAWeeksWithdrawal() {
        PointStanding standing = on("2025-10-01", breach("minors", "2025-03-01"), breach("intoxicated", "2025-09-01"));

        assertThat(standing.points()).isEqualTo(12);
        assertThat(standing.withdrawalDays()).isEqualTo(7);
        assertThat(standing.breaches()).extracting(PointStanding.CountedBreach::points).containsExactly(8, 4);
    }

    @Test
    void eachPointOrTwoBeyondTwelveAddsADay() {
        assertThat(on("2025-10-01", breach("minors", "2025-03-01"), breach("intoxicated", "2025-09-01"),
                breach("advertising", "2025-09-15")).withdrawalDays()).isEqualTo(8);
        assertThat(on("2025-10-01", breach("minors", "2025-03-01"), breach("intoxicated", "2025-06-01"),
                breach("hours", "2025-09-01"), breach("advertising", "2025-09-15")).withdrawalDays())
                .isEqualTo(7 + 3);
    }

    @Test
    void twelvePointsMoreAddAWeek() {
        assertThat(on("2025-10-01", breach("minors", "2024-11-01"), breach("hours", "2025-01-01"),
                breach("obstructing-control", "2025-03-01"), breach("staff-age", "2025-09-01")).withdrawalDays())
                .isEqualTo(14);
    }

    @Test
    void elevenPointsWithdrawNothing() {
        PointStanding standing = on("2025-10-01", breach("minors", "2025-03-01"), breach("internal-control", "2025-04-01"),
                breach("advertising", "2025-05-01"));

        assertThat(standing.points()).isEqualTo(11);
        assertThat(standing.withdrawalDays()).isZero();
    }

    @Test
    void aBreachFallsOutTwoYearsAfterItWasCommitted() {
        RecordedBreach minors = breach("minors", "2024-03-01");
        RecordedBreach intoxicated = breach("intoxicated", "2025-09-01");

        assertThat(on("2026-02-28", minors, intoxicated).points()).isEqualTo(12);
        assertThat(on("2026-03-01", minors, intoxicated).points()).isEqualTo(4);
        assertThat(on("2026-02-28", minors, intoxicated).breaches().get(0).fallsOutOn())
                .isEqualTo(LocalDate.parse("2026-03-01"));
    }

    @Test
    void aBreachCommittedAfterTheDayAskedAboutDoesNotCountYet() {
        assertThat(on("2025-08-31", breach("intoxicated", "2025-09-01")).points()).isZero();
    }

    @Test
    void showsWhatANewBreachOfEachTypeWouldBring() {
        List<PointStanding.Prospect> prospects = on("2025-10-01", breach("minors", "2025-03-01")).prospects();

        assertThat(prospects).contains(new PointStanding.Prospect("intoxicated", 4, 12, 7),
                new PointStanding.Prospect("minors", 8, 16, 10),
                new PointStanding.Prospect("advertising", 1, 9, 0));
        assertThat(prospects).hasSize(13);
    }

    @Test
    void theRulesApplyFromTheFirstOfJanuary2016() {
        assertThat(rules.inForce(Country.NO, LocalDate.parse("2015-12-31"))).isEmpty();
        assertThat(standings.on(LocalDate.parse("2015-12-31"), List.of())).isEmpty();
        assertThat(rules.inForce(Country.NO, LocalDate.parse("2016-01-01"))).isPresent();
        assertThat(on("2016-06-01", breach("minors", "2015-12-31")).points()).isZero();
    }

    @Test
    void aBreachIsWeighedByTheTableInForceOnTheDayItWasCommitted() {
        SanctionRuleBook twoTables = RuleSetFiles.load(getClass().getClassLoader(), "sanction-test");
        PointStandings byTwoTables = new PointStandings(twoTables);

        PointStanding standing = byTwoTables.on(LocalDate.parse("2030-06-01"), List.of(
                breach("minors", "2029-12-31"), breach("minors", "2030-01-01"))).orElseThrow();

        assertThat(standing.breaches()).extracting(PointStanding.CountedBreach::points).containsExactly(8, 4);
        assertThat(standing.prospects()).contains(new PointStanding.Prospect("minors", 4, 16, 10));
    }

    @Test
    void knowsOnlyTheBreachTypesOfTheTableInForce() {
        assertThat(rules.knowsBreachType("minors", LocalDate.parse("2025-01-01"))).isTrue();
        assertThat(rules.knowsBreachType("minors", LocalDate.parse("2015-01-01"))).isFalse();
        assertThat(rules.knowsBreachType("loud-music", LocalDate.parse("2025-01-01"))).isFalse();
    }
}
