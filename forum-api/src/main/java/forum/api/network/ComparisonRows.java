package forum.api.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import forum.core.forum.MemberRole;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;
import forum.projections.networkstatistics.AttendanceRate;
import forum.projections.networkstatistics.Cell;
import forum.projections.networkstatistics.Figures;
import forum.projections.networkstatistics.Medians;
import forum.projections.networkstatistics.MunicipalityComparison;

/** A comparison laid out as the page's tables: one per kind of figure, a row per figure, own beside median. */
final class ComparisonRows {

    private ComparisonRows() {
    }

    /**
     * One figure: the message key naming it, the municipality's own value (null: no figure, e.g. no members of that
     * role were expected) and the network's median (null when suppressed or when no member has the figure).
     */
    record Row(String labelKey, Double own, Double median) {
    }

    /** The figures of one kind; {@code rate}: shown as percentages. */
    record Group(String id, String captionKey, boolean rate, List<Row> rows) {
    }

    static List<Group> of(MunicipalityComparison comparison) {
        Figures own = comparison.own();
        Medians network = comparison.network();
        return List.of(
                new Group("meetings", "membership.comparison.meetings", false, List.of(
                        new Row("membership.comparison.meetingsHeld", value(own.meetingsHeld()),
                                network.meetingsHeld()),
                        new Row("membership.comparison.venuesRegistered", value(own.venuesRegistered()),
                                network.venuesRegistered()))),
                new Group("attendance", "membership.comparison.attendance", true,
                        rows(MemberRole.values(), "forum.memberRole.", own.attendanceRateByRole(),
                                network.attendanceRateByRole(), AttendanceRate::rate)),
                new Group("issues", "membership.comparison.issues", false,
                        rows(IssueCategory.values(), "venue.category.", own.issuesByCategory(),
                                network.issuesByCategory(), ComparisonRows::value)),
                new Group("recommendations", "membership.comparison.recommendations", false,
                        rows(RecommendationKind.values(), "recommendation.kind.", own.recommendationsByKind(),
                                network.recommendationsByKind(), ComparisonRows::value)),
                new Group("decisions", "membership.comparison.decisions", false,
                        rows(DecisionOutcome.values(), "venue.outcome.", own.decisionsByOutcome(),
                                network.decisionsByOutcome(), ComparisonRows::value)));
    }

    private static <K extends Enum<K>, V> List<Row> rows(K[] keys, String prefix, Map<K, V> own,
                                                        Map<K, Double> medians, Function<V, Double> figure) {
        List<Row> rows = new ArrayList<>();
        for (K key : keys) {
            V mine = own.get(key);
            rows.add(new Row(prefix + key.name(), mine == null ? null : figure.apply(mine),
                    medians == null ? null : medians.get(key)));
        }
        return rows;
    }

    private static Double value(Cell cell) {
        return cell == null || cell.value() == null ? null : cell.value().doubleValue();
    }
}
