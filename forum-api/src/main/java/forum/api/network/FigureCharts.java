package forum.api.network;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A dashboard table's chart for the printed report, drawn by JFreeChart to a PNG as a data URI: the charted columns
 * as series, the rows as categories, a suppressed or missing figure left out (never drawn as zero), as the page's
 * chart does. Words in Liberation Sans, the font the PDF embeds, so that æ, ø, å, ä and ö are drawn.
 */
@Component
class FigureCharts {

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 640;
    private static final String FONT_FILE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final StandardChartTheme theme;

    FigureCharts() {
        Font font = font();
        theme = new StandardChartTheme("report");
        theme.setExtraLargeFont(font.deriveFont(28f));
        theme.setLargeFont(font.deriveFont(22f));
        theme.setRegularFont(font.deriveFont(20f));
        theme.setSmallFont(font.deriveFont(18f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(Color.GRAY);
    }

    /** The chart of the table as {@code data:image/png;base64,...}. */
    String png(FigureTable table) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<FigureTable.Column> columns = table.columns();
        for (FigureTable.Row row : table.rows()) {
            for (int i = 0; i < columns.size(); i++) {
                FigureTable.Figure figure = row.figures().get(i);
                if (columns.get(i).charted() && figure.value() != null && !figure.suppressed()) {
                    data.addValue(figure.value(), columns.get(i).label(), row.label());
                }
            }
        }
        JFreeChart chart = "line".equals(table.chartType())
                ? ChartFactory.createLineChart(null, null, table.unit(), data, PlotOrientation.VERTICAL, true, false,
                false)
                : ChartFactory.createBarChart(null, null, table.unit(), data, PlotOrientation.VERTICAL, true, false,
                false);
        theme.apply(chart);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static Font font() {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT_FILE)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Liberation Sans could not be read", e);
        }
    }
}
