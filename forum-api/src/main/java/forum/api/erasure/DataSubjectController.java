package forum.api.erasure;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;

/** A person's data in the municipality (GDPR articles 15, 17 and 20): found, exported and erased by a coordinator. */
@RestController
class DataSubjectController {

    private static final String QUERY = "A piece of the person's name or e-mail, 3 to 200 characters, any case";

    private final DataSubjects subjects;
    private final PersonErasure erasure;
    private final ErasureHistory history;

    DataSubjectController(DataSubjects subjects, PersonErasure erasure, ErasureHistory history) {
        this.subjects = subjects;
        this.erasure = erasure;
        this.history = history;
    }

    @Operation(summary = "Find a person's places", description = "Every place of the municipality that holds a "
            + "value containing the query: forum members, the coordinator named at sign-up, accounts, invitations "
            + "and the free texts (issue descriptions and resolutions, minutes, decisions, action items, "
            + "cancellation reasons, recommendations' rationales and revocation reasons, licence holders). Each "
            + "with its data subject (events), account id or invitation id, as an erasure names them. Erased values "
            + "match nothing. A query shorter than 3 characters is refused (400, code validation).")
    @GetMapping("/api/v1/data-subjects")
    @Allowed.Coordinators
    public List<Place> find(@AuthenticationPrincipal ForumUser user,
                            @Parameter(description = QUERY) @RequestParam String query) {
        return subjects.find(Tenants.of(user), query);
    }

    @Operation(summary = "Export a person's data", description = "The same places as the search, value by value: "
            + "table, column, row id, data subject, the value, when it was recorded and by whom where the case "
            + "timeline says. Answered as a JSON attachment.")
    @GetMapping("/api/v1/data-subjects/export")
    @Allowed.Coordinators
    public ResponseEntity<Export> export(@AuthenticationPrincipal ForumUser user,
                                         @Parameter(description = QUERY) @RequestParam String query) {
        Export export = subjects.export(Tenants.of(user), query);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ExportDownload.fileName(export)).build().toString())
                .body(export);
    }

    @Operation(summary = "Erase a person", description = "In one transaction: the data subjects' keys deleted (their "
            + "values read as erased everywhere, the read models at once), the accounts made unable to sign in ever "
            + "again (deactivated, name and user name replaced, no password, sessions ended, invitations and password "
            + "links deleted) and the invitations deleted; recorded as an erasure with the reason and no personal data. "
            + "Refused (400) without a reason, with nothing to erase or with a malformed subject; refused (409, code "
            + "erasure.own-account) for the own account; an account or invitation not of the municipality is not "
            + "found (404). A refusal erases nothing.")
    @PostMapping("/api/v1/erasures")
    @Allowed.Coordinators
    public ResponseEntity<PersonErasure.Erased> erase(@AuthenticationPrincipal ForumUser user,
                                                      @Valid @RequestBody ErasureRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(erasure.erase(Tenants.of(user), user.userId(),
                request.subjects(), request.accountIds(), request.invitationIds(), request.reason()));
    }

    @Operation(summary = "The erasures done", description = "The municipality's erasures, newest first: when, why, "
            + "how many subjects, accounts and invitations, and by whom (the account's name while it has one).")
    @GetMapping("/api/v1/erasures")
    @Allowed.Coordinators
    public List<ErasureHistory.Done> erasures(@AuthenticationPrincipal ForumUser user) {
        return history.list(Tenants.of(user));
    }
}
