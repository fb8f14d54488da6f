package forum.projections.networkstatistics;

import forum.core.forum.MemberRole;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** A municipality's raw counts for one quarter, before suppression; never leaves this package. */
final class MunicipalityCounts {

    final UUID tenantId;
    final String municipalityKey;
    final String name;
    long meetingsHeld;
    final Map<MemberRole, Long> present = zeros(MemberRole.class);
    final Map<MemberRole, Long> expected = zeros(MemberRole.class);
    final Map<IssueCategory, Long> issues = zeros(IssueCategory.class);
    final Map<RecommendationKind, Long> recommendations = zeros(RecommendationKind.class);
    final Map<DecisionOutcome, Long> decisions = zeros(DecisionOutcome.class);
    long venuesRegistered;

    MunicipalityCounts(UUID tenantId, String municipalityKey, String name) {
        this.tenantId = tenantId;
        this.municipalityKey = municipalityKey;
        this.name = name;
    }

    static MunicipalityCounts total(Collection<MunicipalityCounts> municipalities) {
        MunicipalityCounts total = new MunicipalityCounts(null, null, null);
        for (MunicipalityCounts m : municipalities) {
            total.meetingsHeld += m.meetingsHeld;
            total.venuesRegistered += m.venuesRegistered;
            m.present.forEach((k, v) -> total.present.merge(k, v, Long::sum));
            m.expected.forEach((k, v) -> total.expected.merge(k, v, Long::sum));
            m.issues.forEach((k, v) -> total.issues.merge(k, v, Long::sum));
            m.recommendations.forEach((k, v) -> total.recommendations.merge(k, v, Long::sum));
            m.decisions.forEach((k, v) -> total.decisions.merge(k, v, Long::sum));
        }
        return total;
    }

    /** The figures as a network viewer sees them (small counts suppressed) or as the municipality itself does. */
    Figures figures(boolean forNetwork) {
        Map<MemberRole, AttendanceRate> rates = new EnumMap<>(MemberRole.class);
        for (MemberRole role : MemberRole.values()) {
            rates.put(role, AttendanceRate.of(present.get(role), expected.get(role), forNetwork));
        }
        return new Figures(cell(meetingsHeld, forNetwork), rates, cells(issues, forNetwork),
                cells(recommendations, forNetwork), cells(decisions, forNetwork), cell(venuesRegistered, forNetwork));
    }

    /**
     * The members' totals as a network's viewers see them. A total is suppressed when it is small, and also when a
     * member's part of it is: the members' figures are shown beside it, so subtracting them would give that part
     * away. Attendance rates are shown as rates only, from which no member's counts follow.
     */
    static Figures networkTotals(List<MunicipalityCounts> members) {
        Figures total = total(members).figures(true);
        return new Figures(hiddenWithSmallPart(total.meetingsHeld(), members, m -> m.meetingsHeld),
                total.attendanceRateByRole(),
                hiddenWithSmallParts(total.issuesByCategory(), members, m -> m.issues),
                hiddenWithSmallParts(total.recommendationsByKind(), members, m -> m.recommendations),
                hiddenWithSmallParts(total.decisionsByOutcome(), members, m -> m.decisions),
                hiddenWithSmallPart(total.venuesRegistered(), members, m -> m.venuesRegistered));
    }

    /** The members' totals of one quarter, for the trend: sums over categories, suppressed when a part is. */
    static QuarterTotals quarterTotals(Quarter quarter, List<MunicipalityCounts> members) {
        Figures totals = networkTotals(members);
        return new QuarterTotals(quarter.toString(), members.size(), totals.meetingsHeld(),
                sum(totals.issuesByCategory()), sum(totals.recommendationsByKind()), sum(totals.decisionsByOutcome()),
                totals.venuesRegistered());
    }

    private static Cell hiddenWithSmallPart(Cell total, List<MunicipalityCounts> members,
                                            ToLongFunction<MunicipalityCounts> part) {
        return members.stream().anyMatch(m -> Cell.isSmall(part.applyAsLong(m))) ? new Cell(null, true) : total;
    }

    private static <K extends Enum<K>> Map<K, Cell> hiddenWithSmallParts(Map<K, Cell> totals,
                                                                         List<MunicipalityCounts> members,
                                                                         Function<MunicipalityCounts, Map<K, Long>> parts) {
        Map<K, Cell> shown = new EnumMap<>(totals);
        shown.replaceAll((key, total) -> hiddenWithSmallPart(total, members, m -> parts.apply(m).get(key)));
        return shown;
    }

    /** Suppressed when a part is: the parts are shown beside it. */
    private static Cell sum(Map<?, Cell> parts) {
        return parts.values().stream().anyMatch(Cell::suppressed) ? new Cell(null, true)
                : Cell.forNetwork(parts.values().stream().mapToLong(Cell::value).sum());
    }

    static Medians medians(List<MunicipalityCounts> municipalities) {
        int n = municipalities.size();
        if (n < Medians.FEWEST_MUNICIPALITIES) {
            return new Medians(n, true, null, null, null, null, null, null);
        }
        Map<MemberRole, Double> rates = new EnumMap<>(MemberRole.class);
        for (MemberRole role : MemberRole.values()) {
            List<MunicipalityCounts> withRole = municipalities.stream().filter(m -> m.expected.get(role) > 0).toList();
            rates.put(role, withRole.size() < Medians.FEWEST_MUNICIPALITIES ? null
                    : median(withRole, m -> (double) m.present.get(role) / m.expected.get(role)));
        }
        return new Medians(n, false,
                median(municipalities, m -> m.meetingsHeld),
                rates,
                medians(municipalities, IssueCategory.class, m -> m.issues),
                medians(municipalities, RecommendationKind.class, m -> m.recommendations),
                medians(municipalities, DecisionOutcome.class, m -> m.decisions),
                median(municipalities, m -> m.venuesRegistered));
    }

    private static <K extends Enum<K>> Map<K, Double> medians(List<MunicipalityCounts> municipalities, Class<K> keys,
                                                             Function<MunicipalityCounts, Map<K, Long>> counts) {
        Map<K, Double> medians = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            medians.put(key, median(municipalities, m -> counts.apply(m).get(key)));
        }
        return medians;
    }

    static double median(List<MunicipalityCounts> municipalities, ToDoubleFunction<MunicipalityCounts> figure) {
        double[] values = municipalities.stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    static final Comparator<MunicipalityCounts> BY_NAME = Comparator
            .comparing((MunicipalityCounts m) -> m.name == null ? "\uffff" : m.name.toLowerCase(Locale.ROOT))
            .thenComparing(m -> m.municipalityKey == null ? "" : m.municipalityKey)
            .thenComparing(m -> m.tenantId);

    private static Cell cell(long count, boolean forNetwork) {
        return forNetwork ? Cell.forNetwork(count) : Cell.shown(count);
    }

    private static <K extends Enum<K>> Map<K, Cell> cells(Map<K, Long> counts, boolean forNetwork) {
        Map<K, Cell> cells = new LinkedHashMap<>();
        counts.forEach((key, count) -> cells.put(key, cell(count, forNetwork)));
        return cells;
    }

    private static <K extends Enum<K>> Map<K, Long> zeros(Class<K> keys) {
        Map<K, Long> zeros = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            zeros.put(key, 0L);
        }
        return zeros;
    }
}
