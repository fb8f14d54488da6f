package forum.api.retention;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every kind's period in days, one field per kind, named as the kind in camel case. */
public class RetentionForm {

    /** One field of the form as the page lays it out: a kind's period and the form's property for it. */
    public record Row(RetentionPeriods.Period period, String field) {
    }

    private Integer resolvedIssueText;
    private Integer removedForumMember;
    private Integer unacceptedInvitation;
    private Integer passwordReset;

    static RetentionForm of(List<RetentionPeriods.Period> periods) {
        RetentionForm form = new RetentionForm();
        for (RetentionPeriods.Period period : periods) {
            switch (period.kind()) {
                case RESOLVED_ISSUE_TEXT -> form.resolvedIssueText = period.days();
                case REMOVED_FORUM_MEMBER -> form.removedForumMember = period.days();
                case UNACCEPTED_INVITATION -> form.unacceptedInvitation = period.days();
                case PASSWORD_RESET -> form.passwordReset = period.days();
            }
        }
        return form;
    }

    /** The form's field of a kind. */
    static String field(RetentionKind kind) {
        return switch (kind) {
            case RESOLVED_ISSUE_TEXT -> "resolvedIssueText";
            case REMOVED_FORUM_MEMBER -> "removedForumMember";
            case UNACCEPTED_INVITATION -> "unacceptedInvitation";
            case PASSWORD_RESET -> "passwordReset";
        };
    }

    Map<RetentionKind, Integer> days() {
        Map<RetentionKind, Integer> days = new EnumMap<>(RetentionKind.class);
        days.put(RetentionKind.RESOLVED_ISSUE_TEXT, resolvedIssueText);
        days.put(RetentionKind.REMOVED_FORUM_MEMBER, removedForumMember);
        days.put(RetentionKind.UNACCEPTED_INVITATION, unacceptedInvitation);
        days.put(RetentionKind.PASSWORD_RESET, passwordReset);
        return days;
    }

    public Integer getResolvedIssueText() {
        return resolvedIssueText;
    }

    public void setResolvedIssueText(Integer resolvedIssueText) {
        this.resolvedIssueText = resolvedIssueText;
    }

    public Integer getRemovedForumMember() {
        return removedForumMember;
    }

    public void setRemovedForumMember(Integer removedForumMember) {
        this.removedForumMember = removedForumMember;
    }

    public Integer getUnacceptedInvitation() {
        return unacceptedInvitation;
    }

    public void setUnacceptedInvitation(Integer unacceptedInvitation) {
        this.unacceptedInvitation = unacceptedInvitation;
    }

    public Integer getPasswordReset() {
        return passwordReset;
    }

    public void setPasswordReset(Integer passwordReset) {
        this.passwordReset = passwordReset;
    }
}
