package forum.api.forum;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.core.forum.AddForumMember;
import forum.core.forum.AppointCoordinator;
import forum.core.forum.EstablishForum;
import forum.core.forum.RemoveForumMember;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/forums")
class ForumCommandController {

    private final CommandGateway commands;

    ForumCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Allowed.Coordinators
    public ResponseEntity<Map<String, UUID>> establish(@AuthenticationPrincipal ForumUser user,
                                                       @Valid @RequestBody EstablishForumRequest request) {
        UUID forumId = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(Tenants.of(user), forumId, request.name(), request.method(),
                request.meetingsPerYear()));
        return ResponseEntity.created(URI.create("/api/v1/forums/" + forumId)).body(Map.of("id", forumId));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{forumId}/members")
    @Allowed.Coordinators
    public ResponseEntity<Map<String, UUID>> addMember(@AuthenticationPrincipal ForumUser user,
                                                       @PathVariable UUID forumId,
                                                       @Valid @RequestBody AddForumMemberRequest request) {
        UUID memberId = UUID.randomUUID();
        commands.sendAndWait(new AddForumMember(Tenants.of(user), forumId, memberId, request.personName(),
                request.email(), request.organisation(), request.role()));
        return ResponseEntity.created(URI.create("/api/v1/forums/" + forumId + "/members/" + memberId))
                .body(Map.of("id", memberId));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{forumId}/members/{memberId}")
    @Allowed.Coordinators
    public ResponseEntity<Void> removeMember(@AuthenticationPrincipal ForumUser user,
                                             @PathVariable UUID forumId, @PathVariable UUID memberId) {
        commands.sendAndWait(new RemoveForumMember(Tenants.of(user), forumId, memberId));
        return ResponseEntity.noContent().build();
    }

    /** The member replaces any previous coordinator of the forum. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{forumId}/coordinator")
    @Allowed.Coordinators
    public ResponseEntity<Void> appointCoordinator(@AuthenticationPrincipal ForumUser user,
                                                   @PathVariable UUID forumId,
                                                   @Valid @RequestBody AppointCoordinatorRequest request) {
        commands.sendAndWait(new AppointCoordinator(Tenants.of(user), forumId, request.memberId()));
        return ResponseEntity.noContent().build();
    }
}
