package forum.api.venue;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import forum.api.access.Allowed;
import forum.api.access.Readers;
import forum.api.audit.reads.RecordedRead;
import forum.api.security.ForumUser;
import forum.api.web.PageController;
import forum.api.web.SpreadsheetCsv;

/** The downloads the register and case file pages link to: the same documents as {@link VenueDocumentController}. */
@PageController
class VenueDocumentPages {

    private final CaseFileDocument caseFile;
    private final VenueCsvExport csv;

    VenueDocumentPages(CaseFileDocument caseFile, VenueCsvExport csv) {
        this.caseFile = caseFile;
        this.csv = csv;
    }

    @GetMapping("/venues/{venueId}/case-file.pdf")
    @RecordedRead
    @Allowed.CaseWorkers
    ResponseEntity<byte[]> caseFile(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                                    Locale locale) {
        return caseFile.download(user, venueId, locale);
    }

    @GetMapping("/venues.csv")
    @Readers.Municipality
    ResponseEntity<byte[]> register(@AuthenticationPrincipal ForumUser user, Locale locale) {
        return SpreadsheetCsv.download(csv.register(user, locale), "venue-register.csv");
    }

    @GetMapping("/venue-issues.csv")
    @Readers.Municipality
    ResponseEntity<byte[]> issues(@AuthenticationPrincipal ForumUser user, Locale locale) {
        return SpreadsheetCsv.download(csv.issues(user, locale), "venue-issues.csv");
    }
}
