package forum.api.audit.export;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.audit.history.HistoryReaders;
import forum.api.query.QueryController;
import forum.api.security.ForumUser;
import forum.api.web.SignedInMunicipality;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * A venue's case, or a period of the municipality's history, as a signed bundle, for the auditor and the coordinator;
 * the read is recorded like every audit read.
 */
@QueryController
class ExportController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final CaseExport export;
    private final PeriodExport periods;
    private final SignedInMunicipality municipality;

    ExportController(CaseExport export, PeriodExport periods, SignedInMunicipality municipality) {
        this.export = export;
        this.periods = periods;
        this.municipality = municipality;
    }

    @Operation(summary = "A venue's case as a signed bundle (zip)",
            description = "The case's events as stored and as read, the hash chain's proof to a signed checkpoint, "
                    + "the case file as of each recommendation and licensing decision, a printable PDF in the "
                    + "reader's language, and a manifest of every file's SHA-256 signed with the operator's Ed25519 "
                    + "key. `java -jar forum-api.jar verify-bundle <file>` checks it offline (docs/audit.md).")
    @ApiResponse(responseCode = "200", description = "The bundle",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/v1/audit/venues/{venueId}/export")
    @ExportReaders
    public ResponseEntity<byte[]> venueCase(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId) {
        return download(export.venueCase(user, venueId));
    }

    @Operation(summary = "The municipality's events of a period as a signed bundle (zip)",
            description = "Every event of the municipality's hash chain from `from` (included) to `to` (excluded), as "
                    + "stored and as read, the chain's proof to a signed checkpoint, a printable PDF of the history "
                    + "and the signed manifest. Without `from`, from the start; without `to`, up to now. At most "
                    + PeriodExport.MOST_EVENTS + " events. For the auditor and the coordinator.")
    @ApiResponse(responseCode = "200", description = "The bundle",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/v1/audit/history/export")
    @HistoryReaders
    public ResponseEntity<byte[]> period(@AuthenticationPrincipal ForumUser user,
            @Parameter(description = "ISO-8601 instant (or local date-time in the municipality's zone), included")
            @RequestParam(required = false) String from,
            @Parameter(description = "ISO-8601 instant (or local date-time in the municipality's zone), excluded")
            @RequestParam(required = false) String to) {
        return download(periods.period(user, PeriodBounds.read(from, "from", municipality.zone(), false),
                PeriodBounds.read(to, "to", municipality.zone(), true)));
    }

    static ResponseEntity<byte[]> download(Exported bundle) {
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(bundle.fileName()).build().toString())
                .body(bundle.zip());
    }
}
