package forum.api.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import forum.api.web.PdfPrinter;
import forum.projections.networkstatistics.NetworkDashboard;
import forum.projections.networkstatistics.Quarter;
import forum.projections.networkstatistics.QuarterTotals;

/**
 * A network's quarter as a printed report: the dashboard's tables (per member municipality, the total and the median,
 * with the same small-count suppression), each with its chart drawn by {@link FigureCharts}, and the trend across
 * the quarters before. The chart's text alternative names it and points to the table beneath, which holds every figure.
 */
@Component
class NetworkReportPdf {

    /** A table and its chart. */
    public record Charted(FigureTable table, String chart) {
    }

    private final DashboardTables tables;
    private final FigureCharts charts;
    private final PdfPrinter printer;

    NetworkReportPdf(DashboardTables tables, FigureCharts charts, PdfPrinter printer) {
        this.tables = tables;
        this.charts = charts;
        this.printer = printer;
    }

    byte[] of(NetworkDashboard dashboard, Quarter quarter, List<QuarterTotals> trend, Locale locale) {
        List<Charted> charted = new ArrayList<>();
        if (!dashboard.municipalities().isEmpty()) {
            tables.of(dashboard, locale).forEach(table -> charted.add(new Charted(table, charts.png(table))));
        }
        FigureTable trendTable = tables.trend(trend, locale);
        charted.add(new Charted(trendTable, charts.png(trendTable)));
        return printer.print("network/report-pdf", Map.of("dashboard", dashboard, "charted", charted,
                "quarterName", tables.quarterName(quarter, locale),
                "firstDay", LocalDate.ofInstant(quarter.start(), Quarter.ZONE),
                "lastDay", LocalDate.ofInstant(quarter.end(), Quarter.ZONE).minusDays(1)), locale);
    }

    /** e.g. {@code network-krogar-mot-knark-2026-Q4.pdf}. */
    static String fileName(NetworkDashboard dashboard) {
        return FiguresCsv.fileName(dashboard).replaceFirst("\\.csv$", ".pdf");
    }
}
