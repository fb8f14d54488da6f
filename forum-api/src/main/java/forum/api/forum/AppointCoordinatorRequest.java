package forum.api.forum;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

record AppointCoordinatorRequest(@NotNull UUID memberId) {
}
