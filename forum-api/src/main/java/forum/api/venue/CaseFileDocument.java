package forum.api.venue;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.web.PdfPrinter;
import forum.projections.casetimeline.CaseTimelines;
import forum.projections.venue.VenueFile;

/**
 * A venue's case file as a PDF for the licensing authority: licence, issues, recommendations, decisions and the
 * timeline, read as the case file page reads them (the same free-text rule), printed by the {@link PdfPrinter} the
 * auditor's bundle uses.
 */
@Component
class CaseFileDocument {

    private final CaseFileReads reads;
    private final CaseTimelines timelines;
    private final PdfPrinter printer;
    private final Clock clock;

    CaseFileDocument(CaseFileReads reads, CaseTimelines timelines, PdfPrinter printer, Clock clock) {
        this.reads = reads;
        this.timelines = timelines;
        this.printer = printer;
        this.clock = clock;
    }

    ResponseEntity<byte[]> download(ForumUser user, UUID venueId, Locale locale) {
        VenueFile file = reads.file(user, venueId);
        boolean freeText = Readers.readsCaseFreeText(user);
        byte[] pdf = printer.print("venue/case-file-pdf", Map.of("file", file,
                "issues", reads.issues(user, venueId),
                "timeline", timelines.timeline(Tenants.of(user), venueId, freeText),
                "freeText", freeText, "printedAt", clock.instant()), locale);
        String name = "case-file-" + file.summary().licenceNumber().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(pdf);
    }
}
