package forum.api.audit.export;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import forum.api.audit.asof.VenueAsOf;
import forum.api.audit.history.HistoryEntry;
import forum.api.web.PdfPrinter;

/**
 * A bundle's PDF for people (the case file, or a period's history), from a template of {@code audit/export/}, printed
 * by the {@link PdfPrinter} every document shares.
 */
@Component
class CaseFilePdf {

    /** What the PDF shows. */
    record Content(String municipality, VenueAsOf caseFile, List<HistoryEntry> timeline,
                   List<CaseExport.AtDecision> decisions, String exportedBy, Instant exportedAt,
                   long checkpointEvents, Instant checkpointSignedAt, String publicKey) {
    }

    /** The municipality's events of a period, for people. */
    record HistoryContent(String municipality, Instant from, Instant to, List<HistoryEntry> timeline,
                          String exportedBy, Instant exportedAt, long checkpointEvents, Instant checkpointSignedAt,
                          String publicKey) {
    }

    private final PdfPrinter printer;

    CaseFilePdf(PdfPrinter printer) {
        this.printer = printer;
    }

    byte[] caseFile(Content content, Locale locale) {
        return printer.print("audit/export/case-file", Map.of("content", content), locale);
    }

    byte[] history(HistoryContent content, Locale locale) {
        return printer.print("audit/export/history", Map.of("content", content), locale);
    }
}
