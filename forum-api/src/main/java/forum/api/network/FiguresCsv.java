package forum.api.network;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import forum.api.web.SpreadsheetCsv;
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

/**
 * A network's quarter as a CSV file for a spreadsheet. Long rather than wide: one row per municipality (then the
 * network's total and the median) and figure, so that the file keeps its columns however many municipalities,
 * categories or roles there are, and a pivot table turns it any way. Columns: quarter, municipality code,
 * municipality, measure and item (stable codes such as {@code issuesByCategory} and {@code VIOLENCE}), the figure's
 * name in the page's language, value, and a mark for a suppressed figure, whose value is then empty (never 0).
 * <p>
 * UTF-8 with a byte order mark and the separator of {@link SpreadsheetCsv}, so that Excel reads æøå right.
 * Numbers are written as the language writes them, so that the spreadsheet reads them as numbers.
 */
@Component
class FiguresCsv {

    private static final CsvMapper CSV = new CsvMapper();

    private final MessageSource messages;

    FiguresCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] of(NetworkDashboard dashboard, Locale locale) {
        Rows rows = new Rows(dashboard.quarter(), locale);
        for (MunicipalityFigures municipality : dashboard.municipalities()) {
            rows.figures(municipality.municipalityKey(), municipality.name(), municipality.figures());
        }
        rows.figures("", word("network.total", locale), dashboard.totals());
        rows.medians(dashboard.medians(), word("network.median", locale));
        StringWriter out = new StringWriter().append('\uFEFF');
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(SpreadsheetCsv.separator(locale))
                .withLineSeparator("\r\n");
        // Quotes only where a field needs them (a separator, a quote, a line break), not around every number.
        try (SequenceWriter writer = CSV.writer(schema).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(out)) {
            writer.write(List.of(word("network.csv.quarter", locale), word("network.csv.municipalityCode", locale),
                    word("network.csv.municipality", locale), word("network.csv.measure", locale),
                    word("network.csv.item", locale), word("network.csv.description", locale),
                    word("network.csv.value", locale), word("network.csv.suppressed", locale)));
            for (List<String> row : rows.rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** e.g. {@code network-krogar-mot-knark-2026-Q4.csv}: ASCII, so that every browser keeps the name. */
    static String fileName(NetworkDashboard dashboard) {
        String name = Normalizer.normalize(dashboard.networkName().toLowerCase(Locale.ROOT)
                        .replace("æ", "ae").replace("ø", "o").replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "network-" + (name.isEmpty() ? "" : name + "-") + dashboard.quarter() + ".csv";
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private final class Rows {

        final List<List<String>> rows = new ArrayList<>();
        private final String quarter;
        private final Locale locale;
        private final NumberFormat numbers;
        private final String suppressed;

        Rows(String quarter, Locale locale) {
            this.quarter = quarter;
            this.locale = locale;
            this.numbers = NumberFormat.getNumberInstance(locale);
            numbers.setGroupingUsed(false);
            numbers.setMaximumFractionDigits(1);
            this.suppressed = word("network.csv.suppressedMark", locale);
        }

        void figures(String code, String municipality, Figures figures) {
            add(code, municipality, "meetingsHeld", "", word("network.meetingsHeld", locale), figures.meetingsHeld());
            add(code, municipality, "venuesRegistered", "", word("network.venuesRegistered", locale),
                    figures.venuesRegistered());
            cells(code, municipality, "issuesByCategory", "venue.category.", figures.issuesByCategory());
            cells(code, municipality, "recommendationsByKind", "recommendation.kind.", figures.recommendationsByKind());
            cells(code, municipality, "decisionsByOutcome", "venue.outcome.", figures.decisionsByOutcome());
            for (Map.Entry<MemberRole, AttendanceRate> rate : figures.attendanceRateByRole().entrySet()) {
                AttendanceRate value = rate.getValue();
                row(code, municipality, "attendancePercentByRole", rate.getKey().name(),
                        word("forum.memberRole." + rate.getKey().name(), locale),
                        value.rate() == null ? null : value.rate() * 100, value.suppressed());
            }
        }

        void medians(Medians medians, String median) {
            boolean none = medians.suppressed();
            row("", median, "meetingsHeld", "", word("network.meetingsHeld", locale),
                    none ? null : medians.meetingsHeld(), none);
            row("", median, "venuesRegistered", "", word("network.venuesRegistered", locale),
                    none ? null : medians.venuesRegistered(), none);
            medians(median, "issuesByCategory", "venue.category.", IssueCategory.values(),
                    none ? null : medians.issuesByCategory());
            medians(median, "recommendationsByKind", "recommendation.kind.", RecommendationKind.values(),
                    none ? null : medians.recommendationsByKind());
            medians(median, "decisionsByOutcome", "venue.outcome.", DecisionOutcome.values(),
                    none ? null : medians.decisionsByOutcome());
            for (MemberRole role : MemberRole.values()) {
                Double rate = none ? null : medians.attendanceRateByRole().get(role);
                // A missing median rate: too few municipalities with members of the role to show one.
                row("", median, "attendancePercentByRole", role.name(),
                        word("forum.memberRole." + role.name(), locale), rate == null ? null : rate * 100,
                        rate == null);
            }
        }

        private <K extends Enum<K>> void cells(String code, String municipality, String measure, String wordPrefix,
                                               Map<K, Cell> cells) {
            cells.forEach((key, cell) -> add(code, municipality, measure, key.name(),
                    word(wordPrefix + key.name(), locale), cell));
        }

        /** Every key, as the municipalities' rows have them; without medians each one suppressed. */
        private <K extends Enum<K>> void medians(String median, String measure, String wordPrefix, K[] keys,
                                                 Map<K, Double> values) {
            for (K key : keys) {
                Double value = values == null ? null : values.get(key);
                row("", median, measure, key.name(), word(wordPrefix + key.name(), locale), value, values == null);
            }
        }

        private void add(String code, String municipality, String measure, String item, String description,
                         Cell cell) {
            row(code, municipality, measure, item, description, cell.value() == null ? null : cell.value().doubleValue(),
                    cell.suppressed());
        }

        private void row(String code, String municipality, String measure, String item, String description,
                         Double value, boolean isSuppressed) {
            rows.add(List.of(quarter, code == null ? "" : code, SpreadsheetCsv.text(municipality), measure, item,
                    SpreadsheetCsv.text(description),
                    isSuppressed || value == null ? "" : numbers.format(value), isSuppressed ? suppressed : ""));
        }
    }
}
