package forum.projections.networkstatistics;

import forum.core.forum.MemberRole;
import forum.core.venue.IssueCategory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalityCountsTest {

    private static MunicipalityCounts municipality(long drugIssues, long meetings) {
        MunicipalityCounts counts = new MunicipalityCounts(UUID.randomUUID(), "SE-0000", "Kommun");
        counts.issues.put(IssueCategory.DRUGS, drugIssues);
        counts.meetingsHeld = meetings;
        return counts;
    }

    @Test
    void networkViewersGetNoCountOfOneOrTwo() {
        Figures figures = municipality(2, 1).figures(true);

        assertThat(figures.issuesByCategory().get(IssueCategory.DRUGS)).isEqualTo(new Cell(null, true));
        assertThat(figures.meetingsHeld()).isEqualTo(new Cell(null, true));
        assertThat(figures.issuesByCategory().get(IssueCategory.VIOLENCE)).isEqualTo(new Cell(0L, false));
        assertThat(municipality(3, 0).figures(true).issuesByCategory().get(IssueCategory.DRUGS))
                .isEqualTo(new Cell(3L, false));
    }

    @Test
    void aQuartersTotalOverCategoriesIsSuppressedWhenAPartIsSmallLestSubtractionGiveThePartAway() {
        MunicipalityCounts shown = municipality(4, 3);
        shown.issues.put(IssueCategory.VIOLENCE, 3L);
        QuarterTotals totals = MunicipalityCounts.quarterTotals(Quarter.parse("2026-Q4"), List.of(shown));
        assertThat(totals.quarter()).isEqualTo("2026-Q4");
        assertThat(totals.issues()).isEqualTo(new Cell(7L, false));
        assertThat(totals.meetingsHeld()).isEqualTo(new Cell(3L, false));
        assertThat(totals.recommendations()).isEqualTo(new Cell(0L, false));

        MunicipalityCounts onePartSmall = municipality(4, 0);
        onePartSmall.issues.put(IssueCategory.VIOLENCE, 1L);
        assertThat(MunicipalityCounts.quarterTotals(Quarter.parse("2026-Q4"), List.of(onePartSmall)).issues())
                .isEqualTo(new Cell(null, true));
    }

    @Test
    void aNetworkTotalIsSuppressedWhenAMembersPartIsSmallLestSubtractionGiveThePartAway() {
        MunicipalityCounts large = municipality(5, 4);
        MunicipalityCounts small = municipality(1, 0);
        MunicipalityCounts none = municipality(0, 3);

        Figures totals = MunicipalityCounts.networkTotals(List.of(large, small, none));

        assertThat(totals.issuesByCategory().get(IssueCategory.DRUGS)).isEqualTo(new Cell(null, true));
        assertThat(totals.meetingsHeld()).isEqualTo(new Cell(7L, false));
        assertThat(MunicipalityCounts.networkTotals(List.of(large, none)).issuesByCategory().get(IssueCategory.DRUGS))
                .isEqualTo(new Cell(5L, false));
        assertThat(MunicipalityCounts.quarterTotals(Quarter.parse("2026-Q4"), List.of(large, small, none)).issues())
                .isEqualTo(new Cell(null, true));
    }

    @Test
    void aMunicipalitySeesItsOwnSmallCounts() {
        assertThat(municipality(2, 1).figures(false).issuesByCategory().get(IssueCategory.DRUGS))
                .isEqualTo(new Cell(2L, false));
    }

    @Test
    void anAttendanceRateOverOneOrTwoExpectedMembersIsSuppressed() {
        MunicipalityCounts counts = municipality(0, 0);
        counts.present.put(MemberRole.TAXI, 1L);
        counts.expected.put(MemberRole.TAXI, 2L);
        counts.present.put(MemberRole.POLICE, 3L);
        counts.expected.put(MemberRole.POLICE, 4L);

        Figures figures = counts.figures(true);
        assertThat(figures.attendanceRateByRole().get(MemberRole.TAXI)).isEqualTo(new AttendanceRate(null, true));
        assertThat(figures.attendanceRateByRole().get(MemberRole.POLICE)).isEqualTo(new AttendanceRate(0.75, false));
        assertThat(figures.attendanceRateByRole().get(MemberRole.SSP)).isEqualTo(new AttendanceRate(null, false));
    }

    @Test
    void mediansNeedThreeMunicipalities() {
        assertThat(MunicipalityCounts.medians(List.of(municipality(1, 1), municipality(5, 2))).suppressed()).isTrue();

        Medians odd = MunicipalityCounts.medians(List.of(municipality(1, 0), municipality(9, 2), municipality(4, 1)));
        assertThat(odd.issuesByCategory().get(IssueCategory.DRUGS)).isEqualTo(4.0);
        assertThat(odd.meetingsHeld()).isEqualTo(1.0);

        Medians even = MunicipalityCounts.medians(List.of(municipality(1, 0), municipality(9, 2), municipality(4, 1),
                municipality(6, 3)));
        assertThat(even.issuesByCategory().get(IssueCategory.DRUGS)).isEqualTo(5.0);
        assertThat(even.municipalities()).isEqualTo(4);
    }

    @Test
    void totalsAddUp() {
        MunicipalityCounts total = MunicipalityCounts.total(List.of(municipality(1, 0), municipality(2, 3)));

        assertThat(total.issues.get(IssueCategory.DRUGS)).isEqualTo(3);
        assertThat(total.meetingsHeld).isEqualTo(3);
    }
}
