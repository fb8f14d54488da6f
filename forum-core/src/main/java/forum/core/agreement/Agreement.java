package forum.core.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

import forum.core.forum.ForumMethod;
import forum.core.shared.DomainRuleViolation;
import forum.core.shared.Require;
import forum.core.shared.TenantCommand;
import forum.core.shared.Tenancy;

public class Agreement {

    static final int MAX_STAFF = 10_000;
    /** A renewal is accepted from this many days before it is due; earlier, it would skip a year. */
    static final int RENEWAL_WINDOW_DAYS = 90;

    @AggregateIdentifier
    private UUID agreementId;
    private UUID tenantId;
    private UUID venueId;
    private LocalDate lastSignedOrRenewed;
    private LocalDate renewalDue;
    private boolean ended;

    // Axon needs a no-arg constructor to rebuild the aggregate from its events.
    protected Agreement() {
    }

    @CommandHandler
    public Agreement(SignAgreement command, VenueDirectory venues, Clock clock) {
        Require.present(command.tenantId(), "tenantId");
        Require.present(command.agreementId(), "agreementId");
        Require.present(command.venueId(), "venueId");
        // An unknown venue (or another municipality's) is not found, whatever else the command says.
        if (!venues.exists(command.tenantId(), command.venueId())) {
            throw DomainRuleViolation.notFound("agreement.unknown-venue", "venueId", "No such venue");
        }
        ForumMethod method = Require.present(command.method(), "method");
        LocalDate signedOn = notInFuture(command.signedOn(), "signedOn", clock);
        Require.text(command.signedForVenue(), "signedForVenue", Require.NAME);
        Require.text(command.signedForMunicipality(), "signedForMunicipality", Require.NAME);
        Set<Commitment> commitments = Require.elements(command.commitments(), "commitments",
                Commitment.values().length);
        Require.optionalText(command.otherCommitments(), "otherCommitments", Require.FREE_TEXT);
        if (commitments.isEmpty() && (command.otherCommitments() == null || command.otherCommitments().isBlank())) {
            throw new DomainRuleViolation("agreement.without-commitments", "commitments",
                    "An agreement names at least one commitment");
        }
        if (!commitments.stream().allMatch(commitment -> commitment.offeredBy(method))) {
            throw new DomainRuleViolation("agreement.commitment-not-in-method", "commitments",
                    "A commitment is not one of the forum method's");
        }
        Require.range(command.staffCount(), "staffCount", 1, MAX_STAFF);
        apply(new AgreementSigned(command.tenantId(), command.agreementId(), command.venueId(), method, signedOn,
                command.signedForVenue(), command.signedForMunicipality(), Set.copyOf(commitments),
                command.otherCommitments(), command.staffCount(), signedOn.plusYears(1)));
    }

    @CommandHandlerInterceptor
    void sameTenant(TenantCommand command) {
        Tenancy.requireSameTenant(tenantId, command, agreementId);
    }

    @CommandHandler
    public void handle(RenewAgreement command, Clock clock) {
        requireNotEnded();
        LocalDate renewedOn = notInFuture(command.renewedOn(), "renewedOn", clock);
        if (renewedOn.isBefore(lastSignedOrRenewed)) {
            throw new DomainRuleViolation("agreement.renewed-before-last-term", "renewedOn",
                    "A renewal cannot precede the signing or the last renewal");
        }
        if (renewedOn.isAfter(renewalDue)) {
            throw new DomainRuleViolation("agreement.lapsed", "renewedOn",
                    "The agreement lapsed on its renewal date; the venue signs a new one");
        }
        if (renewedOn.isBefore(renewalDue.minusDays(RENEWAL_WINDOW_DAYS))) {
            throw new DomainRuleViolation("agreement.renewal-not-yet-due", "renewedOn",
                    "A renewal is accepted from " + RENEWAL_WINDOW_DAYS + " days before it is due");
        }
        Require.range(command.staffCount(), "staffCount", 1, MAX_STAFF);
        apply(new AgreementRenewed(tenantId, agreementId, venueId, renewedOn, command.staffCount(),
                renewalDue.plusYears(1)));
    }

    @CommandHandler
    public void handle(EndAgreement command) {
        requireNotEnded();
        LocalDate endedOn = Require.present(command.endedOn(), "endedOn");
        AgreementEndReason reason = Require.present(command.reason(), "reason");
        if (reason == AgreementEndReason.OTHER) {
            Require.text(command.note(), "note", Require.FREE_TEXT);
        } else {
            Require.optionalText(command.note(), "note", Require.FREE_TEXT);
        }
        if (endedOn.isBefore(lastSignedOrRenewed)) {
            throw new DomainRuleViolation("agreement.ends-before-last-term", "endedOn",
                    "An agreement cannot end before it was signed or last renewed");
        }
        apply(new AgreementEnded(tenantId, agreementId, venueId, endedOn, reason, command.note()));
    }

    private void requireNotEnded() {
        if (ended) {
            throw DomainRuleViolation.conflict("agreement.already-ended", "agreementId", "The agreement has ended");
        }
    }

    /** A date of the municipality's, which may be a day ahead of UTC's; a later one is in the future. */
    static LocalDate notInFuture(LocalDate date, String field, Clock clock) {
        Require.present(date, field);
        if (date.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1))) {
            throw new DomainRuleViolation("agreement.date-in-future", field, "The date is in the future");
        }
        return date;
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        agreementId = event.agreementId();
        tenantId = event.tenantId();
        venueId = event.venueId();
        lastSignedOrRenewed = event.signedOn();
        renewalDue = event.renewalDue();
    }

    @EventSourcingHandler
    void on(AgreementRenewed event) {
        lastSignedOrRenewed = event.renewedOn();
        renewalDue = event.renewalDue();
    }

    @EventSourcingHandler
    void on(AgreementEnded event) {
        ended = true;
    }
}
