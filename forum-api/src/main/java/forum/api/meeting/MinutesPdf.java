package forum.api.meeting;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.web.PdfPrinter;
import forum.api.web.SignedInMunicipality;
import forum.projections.meeting.MeetingDetail;

/**
 * A meeting's approved minutes as a PDF (agenda, attendance, minutes, decisions, action items) in the reader's
 * language and the municipality's time zone. Only approved minutes are printed: before approval the document does
 * not exist yet and the API answers not found (404), like a meeting the person does not read; the page's link sends
 * the person to the meeting's page instead, which says where the minutes stand.
 */
@Component
class MinutesPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final MeetingReaders readers;
    private final PdfPrinter printer;
    private final SignedInMunicipality municipality;

    MinutesPdf(MeetingReaders readers, PdfPrinter printer, SignedInMunicipality municipality) {
        this.readers = readers;
        this.printer = printer;
        this.municipality = municipality;
    }

    ResponseEntity<byte[]> download(ForumUser user, UUID meetingId, Locale locale) {
        MeetingDetail meeting = readers.meeting(user, meetingId);
        if (!approved(meeting)) {
            throw QueryProblems.notFound();
        }
        return download(meeting, locale);
    }

    /** The meeting read as the person may, its minutes approved or not. */
    MeetingDetail meeting(ForumUser user, UUID meetingId) {
        return readers.meeting(user, meetingId);
    }

    static boolean approved(MeetingDetail meeting) {
        return meeting.minutes() != null && meeting.minutes().approved();
    }

    ResponseEntity<byte[]> download(MeetingDetail meeting, Locale locale) {
        byte[] pdf = printer.print("meeting/minutes-pdf", Map.of("meeting", meeting), locale);
        String name = "minutes-" + DAY.format(meeting.startsAt().atZone(municipality.zone())) + "-"
                + meeting.meetingId().toString().substring(0, 8) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(pdf);
    }
}
