package forum.api.network;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * One table of the network dashboard, and the chart drawn from it: a row per category (role, quarter, ...), a
 * column per series (a member municipality, the network's total, the median). Words are already in the page's
 * language. The chart draws the columns marked {@code charted}; a suppressed figure is left out of it, never zero.
 */
public record FigureTable(String id, String titleKey, String chartType, String unit, String headerLabel,
                   List<Column> columns, List<Row> rows) {

    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The chart's canvas: the table's id with a suffix. */
    public String canvasId() {
        return id + "-chart";
    }

    public boolean hasSuppressed() {
        return rows.stream().anyMatch(row -> row.figures().stream().anyMatch(Figure::suppressed));
    }

    public record Column(String label, boolean charted) {
    }

    public record Row(String label, List<Figure> figures) {

        public Row {
            figures = List.copyOf(figures);
        }

        /**
         * The row's cells as HTML, every text escaped: a large network's table has thousands of cells, and one
         * template expression per row instead of several per cell keeps the page's rendering from growing with them.
         * A suppressed cell carries the mark for the eye and {@code suppressedWord} for a screen reader.
         */
        public String cells(String suppressedWord) {
            StringBuilder html = new StringBuilder(figures.size() * 32);
            for (Figure figure : figures) {
                if (figure.suppressed()) {
                    html.append("<td class=\"suppressed\"><span class=\"suppressed-mark\" aria-hidden=\"true\">•</span>")
                            .append("<span class=\"visually-hidden\">").append(HtmlUtils.htmlEscape(suppressedWord))
                            .append("</span></td>");
                } else {
                    html.append(figure.value() == null ? "<td>" : "<td data-value=\"" + figure.value() + "\">")
                            .append(HtmlUtils.htmlEscape(figure.text())).append("</td>");
                }
            }
            return html.toString();
        }
    }

    /**
     * A figure as shown ({@code text}) and as drawn ({@code value}, null when there is nothing to draw): a count,
     * a rate, a median; suppressed when it could single out a venue or a person; "–" when there is none.
     */
    public record Figure(String text, Double value, boolean suppressed) {

        static final Figure SUPPRESSED = new Figure("", null, true);
        static final Figure NONE = new Figure("–", null, false);
    }
}
