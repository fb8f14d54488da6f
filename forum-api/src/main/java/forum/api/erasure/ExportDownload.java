package forum.api.erasure;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.web.PageController;

/** The export as a JSON file from the pages, the same as the API's; without a usable query, back to the search. */
@PageController
class ExportDownload {

    private final DataSubjects subjects;
    private final ObjectMapper json;

    ExportDownload(DataSubjects subjects, ObjectMapper json) {
        this.subjects = subjects;
        this.json = json;
    }

    @GetMapping(PrivacyPages.PATH + "/export.json")
    @Allowed.Coordinators
    ResponseEntity<byte[]> download(@AuthenticationPrincipal ForumUser user,
                                    @RequestParam(required = false) String query) throws JsonProcessingException {
        if (!PrivacyPages.valid(query)) {
            return ResponseEntity.status(302).location(ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path(PrivacyPages.PATH).build().toUri()).build();
        }
        Export export = subjects.export(Tenants.of(user), query);
        // Written here rather than by content negotiation: a browser's link asks for HTML, the file is JSON.
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(export)).build().toString())
                .body(json.writeValueAsBytes(export));
    }

    static String fileName(Export export) {
        return "personal-data-" + export.exportedAt().toString().replace(':', '-') + ".json";
    }
}
