package forum.api.meeting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import forum.api.web.FormProblems;
import forum.core.shared.DomainRuleViolation;

/**
 * Sends a page form's command through the same gateway as the JSON API. A refusal lands on the form, next to its
 * field; what the municipality does not have (and no field of the form names) stays a not-found page.
 */
@Component
class PageCommands {

    private final CommandGateway commands;

    PageCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** True when the command was carried out; false when it was refused and the form says why. */
    boolean send(Object command, BindingResult form) {
        try {
            commands.sendAndWait(command);
            return true;
        } catch (DomainRuleViolation violation) {
            if (violation.kind() == DomainRuleViolation.Kind.NOT_FOUND && !onForm(violation, form)) {
                throw violation;
            }
            FormProblems.reject(form, violation);
            return false;
        } catch (ConcurrencyException changedMeanwhile) {
            FormProblems.reject(form, null, "concurrent-change");
            return false;
        }
    }

    /**
     * A button's command, which has no form to show a refusal on: the page it returns to says it. What the
     * municipality does not have stays a not-found page.
     */
    Notice send(Object command, Notice done) {
        try {
            commands.sendAndWait(command);
            return done;
        } catch (DomainRuleViolation violation) {
            if (violation.kind() == DomainRuleViolation.Kind.NOT_FOUND) {
                throw violation;
            }
            return Notice.refused(violation.code());
        } catch (ConcurrencyException changedMeanwhile) {
            return Notice.refused("concurrent-change");
        }
    }

    private static boolean onForm(DomainRuleViolation violation, BindingResult form) {
        return violation.field().filter(field -> form.getTarget() != null
                && new BeanWrapperImpl(form.getTarget()).isReadableProperty(field)).isPresent();
    }
}
