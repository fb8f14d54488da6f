package forum.api.meeting;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;

/** {@code RecordAttendance}'s members present; the forum's other members are recorded as absent. */
public class AttendanceForm {

    @Size(max = 500)
    private Set<UUID> presentMemberIds = new LinkedHashSet<>();

    public Set<UUID> getPresentMemberIds() {
        return presentMemberIds;
    }

    public void setPresentMemberIds(Set<UUID> presentMemberIds) {
        this.presentMemberIds = presentMemberIds == null ? new LinkedHashSet<>() : presentMemberIds;
    }
}
