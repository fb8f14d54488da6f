package forum.api.meeting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import forum.api.web.FormCommands;
import forum.core.shared.DomainRuleViolation;

/**
 * Sends the meeting pages' commands: a form's through {@link FormCommands}; a button's, which has no form to show a
 * refusal on, with the notice the page it returns to shows.
 */
@Component
class PageCommands {

    private final CommandGateway commands;
    private final FormCommands forms;

    PageCommands(CommandGateway commands, FormCommands forms) {
        this.commands = commands;
        this.forms = forms;
    }

    /** True when the command was carried out; false when it was refused and the form says why. */
    boolean send(Object command, BindingResult form) {
        return forms.sent(command, form);
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
}
