package forum.core.municipality;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import forum.core.shared.DomainRuleViolation;
import forum.core.shared.Require;

/**
 * One tenant per official code: the identifier is the code itself ("SE-1780"), so two racing sign-ups collide on
 * the event store's unique (aggregate id, sequence) and a later one is refused here. Sign-up is its only command,
 * so it has no tenant interceptor: another tenant asking for a taken code must learn that it is taken.
 */
public class Municipality {

    @AggregateIdentifier
    private String municipalityKey;
    private UUID tenantId;

    // Axon needs a no-arg constructor to rebuild the aggregate from its events.
    public Municipality() {
    }

    public static String keyOf(Country country, String officialCode) {
        return country + "-" + officialCode;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SignUpMunicipality command) {
        if (tenantId != null) {
            throw DomainRuleViolation.conflict("municipality.already-signed-up", "officialCode",
                    "A municipality with this official code has signed up already; ask its coordinator for an account");
        }
        Require.present(command.tenantId(), "tenantId");
        Require.text(command.name(), "name", Require.NAME);
        Country country = Require.present(command.country(), "country");
        if (!country.isOfficialCode(command.officialCode())) {
            throw new DomainRuleViolation("municipality.official-code-format", "officialCode",
                    "officialCode is not a " + country + " municipality number");
        }
        Require.text(command.coordinatorName(), "coordinatorName", Require.NAME);
        Require.email(command.coordinatorEmail(), "coordinatorEmail");
        apply(new MunicipalitySignedUp(command.tenantId(), command.municipalityKey(), command.name(), country,
                command.officialCode(), command.coordinatorName(), command.coordinatorEmail()));
    }

    @EventSourcingHandler
    void on(MunicipalitySignedUp event) {
        municipalityKey = event.municipalityKey();
        tenantId = event.tenantId();
    }
}
