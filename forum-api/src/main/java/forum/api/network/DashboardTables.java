package forum.api.network;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import forum.api.network.FigureTable.Column;
import forum.api.network.FigureTable.Figure;
import forum.api.network.FigureTable.Row;
import forum.core.forum.MemberRole;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;
import forum.projections.networkstatistics.AttendanceRate;
import forum.projections.networkstatistics.Cell;
import forum.projections.networkstatistics.Figures;
import forum.projections.networkstatistics.Medians;
import forum.projections.networkstatistics.MunicipalityFigures;
import forum.projections.networkstatistics.NetworkDashboard;
import forum.projections.networkstatistics.Quarter;
import forum.projections.networkstatistics.QuarterTotals;

/** The dashboard's figures as tables in the page's language, each member municipality beside the total and median. */
@Component
class DashboardTables {

    private final MessageSource messages;

    DashboardTables(MessageSource messages) {
        this.messages = messages;
    }

    List<FigureTable> of(NetworkDashboard dashboard, Locale locale) {
        Format format = new Format(locale);
        return List.of(
                byKey("issues", "network.issues.title", IssueCategory.values(), "venue.category.", dashboard, locale,
                        Figures::issuesByCategory, Medians::issuesByCategory, format),
                byKey("recommendations", "network.recommendations.title", RecommendationKind.values(),
                        "recommendation.kind.", dashboard, locale, Figures::recommendationsByKind,
                        Medians::recommendationsByKind, format),
                byKey("decisions", "network.decisions.title", DecisionOutcome.values(), "venue.outcome.", dashboard,
                        locale, Figures::decisionsByOutcome, Medians::decisionsByOutcome, format),
                meetingsAndVenues(dashboard, locale, format),
                attendance(dashboard, locale, format));
    }

    /** The network's totals quarter by quarter, oldest first. */
    FigureTable trend(List<QuarterTotals> trend, Locale locale) {
        Format format = new Format(locale);
        List<Column> columns = List.of(new Column(word("network.trend.municipalities", locale), false),
                new Column(word("network.meetingsHeld", locale), true),
                new Column(word("network.trend.issues", locale), true),
                new Column(word("network.trend.recommendations", locale), true),
                new Column(word("network.trend.decisions", locale), true),
                new Column(word("network.venuesRegistered", locale), true));
        List<Row> rows = trend.stream().map(quarter -> new Row(quarterName(Quarter.parse(quarter.quarter()), locale),
                List.of(format.count(quarter.municipalities()), format.count(quarter.meetingsHeld()),
                        format.count(quarter.issues()), format.count(quarter.recommendations()),
                        format.count(quarter.decisions()), format.count(quarter.venuesRegistered())))).toList();
        return new FigureTable("trend", "network.trend.title", "line", "", word("network.quarter", locale), columns,
                rows);
    }

    String quarterName(Quarter quarter, Locale locale) {
        return messages.getMessage("network.quarter.name",
                new Object[]{String.valueOf(quarter.year()), String.valueOf(quarter.number())}, locale);
    }

    private <K extends Enum<K>> FigureTable byKey(String id, String titleKey, K[] keys, String wordPrefix,
                                                 NetworkDashboard dashboard, Locale locale,
                                                 Function<Figures, Map<K, Cell>> cells,
                                                 Function<Medians, Map<K, Double>> medians, Format format) {
        List<Row> rows = new ArrayList<>();
        for (K key : keys) {
            List<Figure> figures = new ArrayList<>();
            dashboard.municipalities().forEach(m -> figures.add(format.count(cells.apply(m.figures()).get(key))));
            figures.add(format.count(cells.apply(dashboard.totals()).get(key)));
            figures.add(dashboard.medians().suppressed() ? Figure.SUPPRESSED
                    : format.median(medians.apply(dashboard.medians()).get(key)));
            rows.add(new Row(word(wordPrefix + key.name(), locale), figures));
        }
        return new FigureTable(id, titleKey, "bar", "", word(titleKey + ".rows", locale), columns(dashboard, locale),
                rows);
    }

    private FigureTable meetingsAndVenues(NetworkDashboard dashboard, Locale locale, Format format) {
        Medians medians = dashboard.medians();
        List<Figure> meetings = new ArrayList<>();
        List<Figure> venues = new ArrayList<>();
        for (MunicipalityFigures m : dashboard.municipalities()) {
            meetings.add(format.count(m.figures().meetingsHeld()));
            venues.add(format.count(m.figures().venuesRegistered()));
        }
        meetings.add(format.count(dashboard.totals().meetingsHeld()));
        venues.add(format.count(dashboard.totals().venuesRegistered()));
        meetings.add(medians.suppressed() ? Figure.SUPPRESSED : format.median(medians.meetingsHeld()));
        venues.add(medians.suppressed() ? Figure.SUPPRESSED : format.median(medians.venuesRegistered()));
        return new FigureTable("meetings", "network.meetings.title", "bar", "", word("network.measure", locale),
                columns(dashboard, locale), List.of(new Row(word("network.meetingsHeld", locale), meetings),
                new Row(word("network.venuesRegistered", locale), venues)));
    }

    private FigureTable attendance(NetworkDashboard dashboard, Locale locale, Format format) {
        Medians medians = dashboard.medians();
        List<Row> rows = new ArrayList<>();
        for (MemberRole role : MemberRole.values()) {
            List<Figure> figures = new ArrayList<>();
            dashboard.municipalities().forEach(m -> figures.add(format.rate(m.figures().attendanceRateByRole().get(role))));
            AttendanceRate total = dashboard.totals().attendanceRateByRole().get(role);
            figures.add(format.rate(total));
            Double median = medians.suppressed() ? null : medians.attendanceRateByRole().get(role);
            // Without a median: none when no one of the role was expected anywhere, else too few municipalities.
            figures.add(median != null ? format.percent(median)
                    : total.rate() == null && !total.suppressed() ? Figure.NONE : Figure.SUPPRESSED);
            rows.add(new Row(word("forum.memberRole." + role.name(), locale), figures));
        }
        return new FigureTable("attendance", "network.attendance.title", "bar", "%",
                word("network.attendance.title.rows", locale), columns(dashboard, locale), rows);
    }

    /** The member municipalities (charted), the network's total (not charted: it would dwarf them), the median. */
    private List<Column> columns(NetworkDashboard dashboard, Locale locale) {
        List<Column> columns = new ArrayList<>();
        dashboard.municipalities().forEach(m -> columns.add(new Column(m.name() == null ? m.municipalityKey() : m.name(),
                true)));
        columns.add(new Column(word("network.total", locale), false));
        columns.add(new Column(word("network.median", locale), true));
        return columns;
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Numbers in the page's language: counts, medians (to one decimal), rates as percentages. */
    private static final class Format {

        private final NumberFormat counts;
        private final NumberFormat medians;
        private final NumberFormat percents;

        Format(Locale locale) {
            counts = NumberFormat.getIntegerInstance(locale);
            medians = NumberFormat.getNumberInstance(locale);
            medians.setMaximumFractionDigits(1);
            percents = NumberFormat.getPercentInstance(locale);
        }

        Figure count(Cell cell) {
            return cell.suppressed() ? Figure.SUPPRESSED : count(cell.value());
        }

        Figure count(long value) {
            return new Figure(counts.format(value), (double) value, false);
        }

        Figure median(Double median) {
            return median == null ? Figure.NONE : new Figure(medians.format(median), median, false);
        }

        Figure rate(AttendanceRate rate) {
            return rate.suppressed() ? Figure.SUPPRESSED : rate.rate() == null ? Figure.NONE : percent(rate.rate());
        }

        Figure percent(double rate) {
            return new Figure(percents.format(rate), Math.round(rate * 1000) / 10.0, false);
        }
    }
}
