package forum.api.venue;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import forum.api.access.Allowed;
import forum.api.access.Readers;
import forum.api.audit.reads.RecordedRead;
import forum.api.query.QueryController;
import forum.api.security.ForumUser;
import forum.api.web.SpreadsheetCsv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The venue documents for printing and spreadsheets: a case file as PDF, the register and the issues as CSV. */
@QueryController
@RequestMapping("/api/v1")
class VenueDocumentController {

    private static final String CSV = " UTF-8 with a byte order mark; ';' between fields in Danish, Swedish and "
            + "Norwegian, ',' in English (Accept-Language); header and kinds as fixed codes (docs/documents.md).";

    private final CaseFileDocument caseFile;
    private final VenueCsvExport csv;

    VenueDocumentController(CaseFileDocument caseFile, VenueCsvExport csv) {
        this.caseFile = caseFile;
        this.csv = csv;
    }

    @Operation(summary = "A venue's case file as a PDF for the licensing authority",
            description = "Licence, issues, recommendations, decisions and the case's timeline, in the request's "
                    + "language and the municipality's time zone. For the coordinator and the licensing officer.")
    @ApiResponse(responseCode = "200", description = "The case file",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/venues/{venueId}/case-file.pdf")
    @RecordedRead
    @Allowed.CaseWorkers
    public ResponseEntity<byte[]> caseFile(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                                           Locale locale) {
        return caseFile.download(user, venueId, locale);
    }

    @Operation(summary = "The venue register as a CSV file", description = "Every venue, closed ones included." + CSV)
    @ApiResponse(responseCode = "200", description = "The register",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/venues.csv")
    @Readers.Municipality
    public ResponseEntity<byte[]> register(@AuthenticationPrincipal ForumUser user, Locale locale) {
        return SpreadsheetCsv.download(csv.register(user, locale), "venue-register.csv");
    }

    @Operation(summary = "The issues of the municipality's venues as a CSV file",
            description = "Most recently observed first; description and resolution only for coordinators, "
                    + "licensing officers and auditors." + CSV)
    @ApiResponse(responseCode = "200", description = "The issues",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/venue-issues.csv")
    @Readers.Municipality
    public ResponseEntity<byte[]> issues(@AuthenticationPrincipal ForumUser user, Locale locale) {
        return SpreadsheetCsv.download(csv.issues(user, locale), "venue-issues.csv");
    }
}
