package forum.api.audit.export;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.audit.history.HistoryReaders;
import forum.api.security.ForumUser;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;

/**
 * The pages' downloads of the signed bundles (a case's, a period's): the API's twins for a signed-in person's browser
 * (the API takes tokens, not the pages' session). An id the municipality does not have is the 404 page.
 */
@PageController
class ExportPages {

    private final CaseExport export;
    private final PeriodExport periods;
    private final SignedInMunicipality municipality;

    ExportPages(CaseExport export, PeriodExport periods, SignedInMunicipality municipality) {
        this.export = export;
        this.periods = periods;
        this.municipality = municipality;
    }

    @GetMapping("/audit/venues/{venueId}/export")
    @ExportReaders
    ResponseEntity<byte[]> venueCase(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId) {
        return ExportController.download(export.venueCase(user, venueId));
    }

    /** The history page's period (its filter's from and to, as typed there). */
    @GetMapping("/audit/history/export")
    @HistoryReaders
    ResponseEntity<byte[]> period(@AuthenticationPrincipal ForumUser user,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to) {
        return ExportController.download(periods.period(user,
                PeriodBounds.read(from, "from", municipality.zone(), false),
                PeriodBounds.read(to, "to", municipality.zone(), true)));
    }
}
