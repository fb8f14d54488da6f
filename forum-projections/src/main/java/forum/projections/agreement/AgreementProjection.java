package forum.projections.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.agreement.AgreementEnded;
import forum.core.agreement.AgreementEvent;
import forum.core.agreement.AgreementRenewed;
import forum.core.agreement.AgreementSigned;
import forum.core.shared.DomainEvent;
import forum.core.training.TrainingEvent;
import forum.core.training.TrainingRecorded;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps the agreement and training tables; every statement names the event's tenant. */
@Component
class AgreementProjection implements Projection {

    private final ReadModelWrites writes;
    private final ObjectMapper json;

    AgreementProjection(ReadModelWrites writes, ObjectMapper json) {
        this.writes = writes;
        this.json = json;
    }

    @Override
    public String name() {
        return "venue-agreements";
    }

    @Override
    public List<String> tables() {
        return List.of("venue_agreement", "venue_training");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return AgreementEvent.class.isAssignableFrom(eventType) || TrainingEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (event instanceof AgreementSigned signed) {
            writes.sql("""
                            insert into venue_agreement (tenant_id, agreement_id, venue_id, method, signed_on,
                                signed_for_venue, signed_for_municipality, commitments, other_commitments, staff_count,
                                renewal_due, sequence)
                            values (:tenant, :agreement, :venue, :method, :signedOn, :forVenue, :forMunicipality,
                                    cast(:commitments as jsonb), :other, :staff, :due, :sequence)
                            on conflict (tenant_id, agreement_id) do nothing
                            """)
                    .param("tenant", signed.tenantId())
                    .param("agreement", signed.agreementId())
                    .param("venue", signed.venueId())
                    .param("method", signed.method().name())
                    .param("signedOn", signed.signedOn())
                    .param("forVenue", signed.signedForVenue())
                    .param("forMunicipality", signed.signedForMunicipality())
                    .param("commitments", commitmentsJson(signed))
                    .param("other", signed.otherCommitments())
                    .param("staff", signed.staffCount())
                    .param("due", signed.renewalDue())
                    .param("sequence", record.sequence())
                    .queue();
        } else if (event instanceof AgreementRenewed renewed) {
            writes.sql("""
                            update venue_agreement set renewed_on = :renewedOn, staff_count = :staff, renewal_due = :due
                            where tenant_id = :tenant and agreement_id = :agreement
                            """)
                    .param("renewedOn", renewed.renewedOn())
                    .param("staff", renewed.staffCount())
                    .param("due", renewed.renewalDue())
                    .param("tenant", renewed.tenantId())
                    .param("agreement", renewed.agreementId())
                    .queue();
        } else if (event instanceof AgreementEnded ended) {
            writes.sql("""
                            update venue_agreement set ended_on = :endedOn, end_reason = :reason, end_note = :note
                            where tenant_id = :tenant and agreement_id = :agreement
                            """)
                    .param("endedOn", ended.endedOn())
                    .param("reason", ended.reason().name())
                    .param("note", ended.note())
                    .param("tenant", ended.tenantId())
                    .param("agreement", ended.agreementId())
                    .queue();
        } else if (event instanceof TrainingRecorded training) {
            writes.sql("""
                            insert into venue_training (tenant_id, training_id, venue_id, kind, course_name, provider,
                                                        trained_on, staff_trained, valid_until)
                            values (:tenant, :training, :venue, :kind, :courseName, :provider, :trainedOn, :staff,
                                    :validUntil)
                            on conflict (tenant_id, training_id) do nothing
                            """)
                    .param("tenant", training.tenantId())
                    .param("training", training.trainingId())
                    .param("venue", training.venueId())
                    .param("kind", training.kind().name())
                    .param("courseName", training.courseName())
                    .param("provider", training.provider())
                    .param("trainedOn", training.trainedOn())
                    .param("staff", training.staffTrained())
                    .param("validUntil", training.validUntil())
                    .queue();
        } else {
            throw unhandled(event);
        }
    }

    private String commitmentsJson(AgreementSigned signed) {
        List<String> names = signed.commitments() == null ? List.of()
                : signed.commitments().stream().map(Enum::name).sorted().toList();
        try {
            return json.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Commitments cannot be written as JSON", e);
        }
    }
}
