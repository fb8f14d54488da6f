package forum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import forum.core.shared.DomainRuleViolation;

class FormProblemsTest {

    /** A form as pages write them: a JavaBean whose properties are named as the command's components. */
    public static class MeetingForm {
        private String startsAt;

        public String getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(String startsAt) {
            this.startsAt = startsAt;
        }
    }

    @Test
    void aRefusalOfAFieldTheFormHasGoesNextToThatField() {
        BindingResult form = new BeanPropertyBindingResult(new MeetingForm(), "form");

        FormProblems.reject(form, new DomainRuleViolation("meeting.starts-in-past", "startsAt", "in the past"));

        assertThat(form.getFieldError("startsAt")).isNotNull();
        assertThat(form.getFieldError("startsAt").getCodes()).contains("problem.meeting.starts-in-past");
        assertThat(form.getGlobalErrors()).isEmpty();
    }

    @Test
    void aRefusalOfTheStateOrOfAFieldTheFormLacksGoesToTheSummary() {
        BindingResult form = new BeanPropertyBindingResult(new MeetingForm(), "form");

        FormProblems.reject(form, new DomainRuleViolation("meeting.cancelled", "The meeting is cancelled"));
        FormProblems.reject(form, new DomainRuleViolation("meeting.unknown-forum", "forumId", "no forum"));

        assertThat(form.getFieldErrors()).isEmpty();
        assertThat(form.getGlobalErrors()).extracting(error -> error.getCode())
                .containsExactly("problem.meeting.cancelled", "problem.meeting.unknown-forum");
    }
}
