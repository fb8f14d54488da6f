package forum.api.municipality;

import forum.api.consistency.ReadYourWrites;
import forum.api.problem.ConflictException;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.core.municipality.Municipality;
import forum.core.municipality.SignUpMunicipality;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.UUID;

/**
 * Signs a municipality up: a new tenant, its first event and its coordinator's account, in one
 * transaction, so there is never a tenant without a coordinator or an account without a tenant.
 */
@Service
public class SignUp {

    private static final String ALREADY_SIGNED_UP = "municipality.already-signed-up";

    private final CommandGateway commands;
    private final UserAccounts accounts;

    SignUp(CommandGateway commands, UserAccounts accounts) {
        this.commands = commands;
        this.accounts = accounts;
    }

    public record SignedUp(UUID tenantId, String municipalityKey, String coordinatorUsername) {
    }

    @Transactional
    public SignedUp signUp(SignUpRequest request) {
        if (accounts.exists(request.coordinatorEmail())) {
            throw new ConflictException("account.username-taken", "An account with this e-mail exists already");
        }
        UUID tenantId = UUID.randomUUID();
        String key = Municipality.keyOf(request.country(), request.officialCode());
        try {
            commands.sendAndWait(new SignUpMunicipality(tenantId, request.name(), request.country(),
                    request.officialCode(), request.coordinatorName(), request.coordinatorEmail()));
        } catch (AggregateStreamCreationException taken) {
            // Two sign-ups raced; the event store's unique (aggregate, sequence) let one through. (One after the
            // other, the aggregate refuses the second itself, as a conflict.)
            throw alreadySignedUp(key);
        }
        var coordinator = accounts.create(tenantId, request.coordinatorEmail(), request.coordinatorPassword(),
                request.coordinatorName(), EnumSet.of(Role.COORDINATOR));
        ReadYourWrites.alsoFor(coordinator.userId());
        return new SignedUp(tenantId, key, coordinator.username());
    }

    private static ConflictException alreadySignedUp(String key) {
        return new ConflictException(ALREADY_SIGNED_UP,
                "Municipality " + key + " has signed up already; ask its coordinator for an account");
    }
}
