package forum.api.meeting;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The schedule-meeting form, named as {@code ScheduleMeeting}'s components. {@code startsAt} is the local date and
 * time in the municipality's zone, as a datetime-local input sends it; {@code duration} is in minutes; the agenda
 * is one item per line.
 */
public class ScheduleMeetingForm extends RescheduleMeetingForm {

    @NotNull
    private UUID forumId;
    @Size(max = 100_000)
    private String agenda;

    public ScheduleMeetingForm() {
        setDuration(120);
    }

    /** The choices of a meeting's length in minutes, with the meeting's own when it is another. */
    static List<Integer> durations(Integer current) {
        List<Integer> choices = List.of(30, 60, 90, 120, 150, 180, 240, 360, 480);
        return current == null || choices.contains(current) ? choices
                : Stream.concat(choices.stream(), Stream.of(current)).sorted().toList();
    }

    /** The agenda's items: its non-blank lines, trimmed. */
    List<String> agendaItems() {
        return agenda == null ? List.of()
                : Arrays.stream(agenda.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public UUID getForumId() {
        return forumId;
    }

    public void setForumId(UUID forumId) {
        this.forumId = forumId;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }
}
