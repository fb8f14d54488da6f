package forum.api.forum;

import forum.core.forum.ForumMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The establish-forum form: the rules of {@link EstablishForumRequest}, its properties named as the command's. */
public class EstablishForumForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private ForumMethod method;

    /** Most forums meet quarterly. */
    @NotNull
    @Min(1)
    @Max(52)
    private Integer meetingsPerYear = 4;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ForumMethod getMethod() {
        return method;
    }

    public void setMethod(ForumMethod method) {
        this.method = method;
    }

    public Integer getMeetingsPerYear() {
        return meetingsPerYear;
    }

    public void setMeetingsPerYear(Integer meetingsPerYear) {
        this.meetingsPerYear = meetingsPerYear;
    }
}
