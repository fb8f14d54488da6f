package forum.api.meeting;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import forum.api.access.Readers;
import forum.api.security.ForumUser;
import forum.api.web.PageController;
import forum.projections.meeting.MeetingDetail;

/** The approved minutes' PDF, linked from the meeting's page once they are approved ({@link MinutesPdf}). */
@PageController
class MinutesDownload {

    private final MinutesPdf pdf;

    MinutesDownload(MinutesPdf pdf) {
        this.pdf = pdf;
    }

    @GetMapping("/meetings/{meetingId}/minutes.pdf")
    @Readers.Municipality
    ResponseEntity<byte[]> minutes(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                                   Locale locale) {
        MeetingDetail meeting = pdf.meeting(user, meetingId);
        if (!MinutesPdf.approved(meeting)) {
            // A link kept from elsewhere: the meeting's page says where its minutes stand.
            return ResponseEntity.status(302).location(ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/meetings/{meetingId}").buildAndExpand(meetingId).toUri()).build();
        }
        return pdf.download(meeting, locale);
    }
}
