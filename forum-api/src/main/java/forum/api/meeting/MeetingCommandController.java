package forum.api.meeting;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.core.meeting.ApproveMinutes;
import forum.core.meeting.AssignActionItem;
import forum.core.meeting.CancelMeeting;
import forum.core.meeting.CompleteActionItem;
import forum.core.meeting.RecordAttendance;
import forum.core.meeting.RecordDecision;
import forum.core.meeting.RecordMinutes;
import forum.core.meeting.RescheduleMeeting;
import forum.core.meeting.ScheduleMeeting;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/meetings")
class MeetingCommandController {

    private final CommandGateway commands;
    private final MeetingReaders readers;

    MeetingCommandController(CommandGateway commands, MeetingReaders readers) {
        this.commands = commands;
        this.readers = readers;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Allowed.Coordinators
    public ResponseEntity<Map<String, UUID>> schedule(@AuthenticationPrincipal ForumUser user,
                                                      @Valid @RequestBody ScheduleMeetingRequest request) {
        UUID meetingId = UUID.randomUUID();
        commands.sendAndWait(new ScheduleMeeting(Tenants.of(user), meetingId, request.forumId(), request.startsAt(),
                request.duration(), request.location(), request.agenda()));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meetingId)).body(Map.of("id", meetingId));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{meetingId}/rescheduling")
    @Allowed.Coordinators
    public ResponseEntity<Void> reschedule(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                                           @Valid @RequestBody RescheduleMeetingRequest request) {
        commands.sendAndWait(new RescheduleMeeting(Tenants.of(user), meetingId, request.startsAt(),
                request.duration(), request.location()));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{meetingId}/cancellation")
    @Allowed.Coordinators
    public ResponseEntity<Void> cancel(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                                       @Valid @RequestBody CancelMeetingRequest request) {
        commands.sendAndWait(new CancelMeeting(Tenants.of(user), meetingId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    /** Replaces earlier attendance, hence PUT. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PutMapping("/{meetingId}/attendance")
    @Allowed.Coordinators
    public ResponseEntity<Void> recordAttendance(@AuthenticationPrincipal ForumUser user,
                                                 @PathVariable UUID meetingId,
                                                 @Valid @RequestBody AttendanceRequest request) {
        commands.sendAndWait(new RecordAttendance(Tenants.of(user), meetingId, request.presentMemberIds()));
        return ResponseEntity.noContent().build();
    }

    /** Records or replaces the minutes until they are approved, hence PUT. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PutMapping("/{meetingId}/minutes")
    @Allowed.ForumParticipants
    public ResponseEntity<Void> recordMinutes(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                                              @Valid @RequestBody TextRequest request) {
        requireParticipant(user, meetingId);
        commands.sendAndWait(new RecordMinutes(Tenants.of(user), meetingId, request.text()));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{meetingId}/minutes/approval")
    @Allowed.Coordinators
    public ResponseEntity<Void> approveMinutes(@AuthenticationPrincipal ForumUser user,
                                               @PathVariable UUID meetingId) {
        commands.sendAndWait(new ApproveMinutes(Tenants.of(user), meetingId));
        return ResponseEntity.noContent().build();
    }

    /** A decision has no identity of its own: it is part of the meeting's record. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{meetingId}/decisions")
    @Allowed.Coordinators
    public ResponseEntity<Void> recordDecision(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                                               @Valid @RequestBody TextRequest request) {
        commands.sendAndWait(new RecordDecision(Tenants.of(user), meetingId, request.text()));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{meetingId}/action-items")
    @Allowed.Coordinators
    public ResponseEntity<Map<String, UUID>> assignActionItem(@AuthenticationPrincipal ForumUser user,
                                                              @PathVariable UUID meetingId,
                                                              @Valid @RequestBody AssignActionItemRequest request) {
        UUID actionItemId = UUID.randomUUID();
        commands.sendAndWait(new AssignActionItem(Tenants.of(user), meetingId, actionItemId,
                request.ownerMemberId(), request.what(), request.due()));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meetingId + "/action-items/" + actionItemId))
                .body(Map.of("id", actionItemId));
    }

    /** Any member of the meeting's forum may complete an action item; owners are not yet tied to accounts. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{meetingId}/action-items/{actionItemId}/completion")
    @Allowed.ForumParticipants
    public ResponseEntity<Void> completeActionItem(@AuthenticationPrincipal ForumUser user,
                                                   @PathVariable UUID meetingId, @PathVariable UUID actionItemId) {
        requireParticipant(user, meetingId);
        commands.sendAndWait(new CompleteActionItem(Tenants.of(user), meetingId, actionItemId));
        return ResponseEntity.noContent().build();
    }

    /** A forum member writes only to the meetings of the forums that list them (404 otherwise), as on the pages. */
    private void requireParticipant(ForumUser user, UUID meetingId) {
        if (!MeetingReaders.readsEveryForum(user)) {
            readers.meeting(user, meetingId);
        }
    }
}
