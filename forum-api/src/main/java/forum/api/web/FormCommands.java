package forum.api.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import forum.core.shared.DomainRuleViolation;

/**
 * Sends a page form's command through the gateway the JSON API uses. A refusal the person can act on is shown on
 * the form ({@link FormProblems}); a "not found" of something the form does not name (the venue or meeting in the
 * address) stays a failure: the 404 page. Every feature's pages send their forms through it.
 */
@Component
public class FormCommands {

    private final CommandGateway commands;

    FormCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** True when the command was accepted; false when its refusal was put on the form. */
    public boolean sent(Object command, BindingResult form) {
        try {
            commands.sendAndWait(command);
            return true;
        } catch (DomainRuleViolation violation) {
            if (violation.kind() == DomainRuleViolation.Kind.NOT_FOUND && !names(form, violation)) {
                throw violation;
            }
            FormProblems.reject(form, violation);
            return false;
        } catch (ConcurrencyException concurrent) {
            FormProblems.reject(form, null, "concurrent-change");
            return false;
        }
    }

    private static boolean names(BindingResult form, DomainRuleViolation violation) {
        return form.getTarget() != null && violation.field()
                .map(field -> new BeanWrapperImpl(form.getTarget()).isReadableProperty(field)).orElse(false);
    }
}
