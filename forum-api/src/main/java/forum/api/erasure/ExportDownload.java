package forum.api.erasure;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.web.PageController;

/** The export as a JSON file from the pages, the same as the API's; without a usable query, back to the search. */
@PageController
class ExportDownload {

    private final DataSubjects subjects;

    ExportDownload(DataSubjects subjects) {
        this.subjects = subjects;
    }

    @GetMapping(PrivacyPages.PATH + "/export.json")
    @Allowed.Coordinators
    ResponseEntity<Export> download(@AuthenticationPrincipal ForumUser user,
                                    @RequestParam(required = false) String query) {
        if (!PrivacyPages.valid(query)) {
            return ResponseEntity.status(302).location(ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path(PrivacyPages.PATH).build().toUri()).build();
        }
        Export export = subjects.export(Tenants.of(user), query);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(export)).build().toString())
                .body(export);
    }

    static String fileName(Export export) {
        return "personal-data-" + export.exportedAt().toString().replace(':', '-') + ".json";
    }
}
