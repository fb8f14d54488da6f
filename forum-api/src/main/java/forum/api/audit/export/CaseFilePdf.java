package forum.api.audit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;

import forum.api.audit.asof.VenueAsOf;
import forum.api.audit.history.HistoryEntry;

/**
 * A bundle's PDF for people (the case file, or a period's history), from a template of {@code audit/export/}, in the
 * reader's language and the municipality's time zone (the pages' {@code @dates} and {@code @personal}), printed with
 * Liberation Sans embedded, so that æ, ø, å, ä and ö print wherever the file is opened: the font PDFBox itself
 * carries (its fallback font), so no font file of ours is kept in the repository. It has no bold face: bold text
 * is printed in the regular one.
 */
@Component
class CaseFilePdf {

    /** What the PDF shows. */
    record Content(String municipality, VenueAsOf caseFile, List<HistoryEntry> timeline,
                   List<CaseExport.AtDecision> decisions, String exportedBy, Instant exportedAt,
                   long checkpointEvents, Instant checkpointSignedAt, String publicKey) {
    }

    private static final String FONT = "Liberation Sans";
    private static final String FONT_FILE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;

    CaseFilePdf(SpringTemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /** The municipality's events of a period, for people. */
    record HistoryContent(String municipality, Instant from, Instant to, List<HistoryEntry> timeline,
                          String exportedBy, Instant exportedAt, long checkpointEvents, Instant checkpointSignedAt,
                          String publicKey) {
    }

    byte[] caseFile(Content content, Locale locale) {
        return print("audit/export/case-file", content, locale);
    }

    byte[] history(HistoryContent content, Locale locale) {
        return print("audit/export/history", content, locale);
    }

    private byte[] print(String template, Object content, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("content", content);
        context.setVariable("lang", locale.getLanguage());
        // Lets the template call the pages' beans (@dates, @personal) outside a web request's view.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        String html = templates.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(() -> PDDocument.class.getResourceAsStream(FONT_FILE), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> PDDocument.class.getResourceAsStream(FONT_FILE), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the case file", e);
        }
        return pdf.toByteArray();
    }
}
