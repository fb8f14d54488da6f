package forum.api.venue.importing;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.problem.Problems;
import forum.api.security.ForumUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/v1/venues")
class VenueImportController {

    private final VenueImport venueImport;
    private final MessageSource words;

    VenueImportController(VenueImport venueImport, MessageSource words) {
        this.venueImport = venueImport;
        this.words = words;
    }

    @Operation(summary = "Import venues from a CSV file, or see what the import would do (dryRun, the default)",
            description = """
                    The file: UTF-8 (with or without a byte order mark), ';' or ',' between fields, a header line
                    naming the columns licenceNumber, name, address, licenceHolder, licenceKind, servingHours and,
                    optionally, licenceValidFrom and licenceValidTo (docs/venue-import.md). Sent as text/csv, or as
                    multipart/form-data in a part named 'file'. A venue is matched by its licence number in the
                    signed-in user's municipality: a new number registers a venue, other details update it, the
                    same details change nothing, so the same file imports once. A dry run answers 200 with every
                    bad line (line number, column, code and why, in the Accept-Language's words). An import of a
                    file with any bad line imports nothing and answers 400 (code venue-import.bad-lines) with the
                    same lines in 'lines'.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(type = "object", requiredProperties = "file"))}))
    @PostMapping("/import")
    @Allowed.CaseWorkers
    public ResponseEntity<?> importVenues(@AuthenticationPrincipal ForumUser user,
                                          @Parameter(description = "true: only report; false: import a clean file")
                                          @RequestParam(defaultValue = "true") boolean dryRun,
                                          HttpServletRequest request, Locale locale) throws IOException {
        byte[] content = content(request);
        if (content == null || content.length == 0) {
            return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-body",
                    "No file", "Send the file as text/csv, or as multipart/form-data in a part named 'file'"));
        }
        ImportOutcome outcome = dryRun ? venueImport.dryRun(Tenants.of(user), content)
                : venueImport.run(Tenants.of(user), content);
        ImportReport report = ImportReport.of(outcome, words, locale);
        if (!dryRun && !outcome.imported()) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "venue-import.bad-lines",
                    "The file has bad lines", "Nothing was imported: " + report.problems().size()
                            + " problems in the file");
            problem.setProperty("lines", report.problems());
            problem.setProperty("fields", report.problems().stream()
                    .map(bad -> Map.of("field", bad.field(), "message", "line " + bad.line() + ": " + bad.message()))
                    .toList());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(report);
    }

    /** The file's bytes from a text/csv body or a multipart part 'file'; null for any other kind of body. */
    private static byte[] content(HttpServletRequest request) throws IOException {
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("file");
            return file == null ? null : file.getBytes();
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (List.of("text/csv", "text/plain", "application/csv").stream().anyMatch(type::startsWith)) {
            return request.getInputStream().readAllBytes();
        }
        return null;
    }
}
