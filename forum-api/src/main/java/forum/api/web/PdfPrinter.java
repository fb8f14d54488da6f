package forum.api.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Prints a template as a PDF for people: the reader's language, the municipality's time zone (the pages'
 * {@code @dates} and {@code @personal}), the shared print style ({@code web/print :: style}), and Liberation Sans
 * embedded, so that æ, ø, å, ä and ö print wherever the file is opened: the font PDFBox itself carries (its fallback
 * font), so no font file of ours is kept in the repository. It has no bold face: bold text is printed in the regular
 * one. Templates must be well-formed XHTML without scripts.
 */
@Component
public class PdfPrinter {

    private static final String FONT = "Liberation Sans";
    private static final String FONT_FILE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;

    PdfPrinter(SpringTemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /** The template printed with the given variables, and {@code lang} set to the locale's language. */
    public byte[] print(String template, Map<String, ?> variables, Locale locale) {
        Context context = new Context(locale);
        context.setVariables(Map.copyOf(variables));
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
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print " + template, e);
        }
        return pdf.toByteArray();
    }
}
