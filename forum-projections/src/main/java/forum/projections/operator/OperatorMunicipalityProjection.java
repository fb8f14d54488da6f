package forum.projections.operator;

import forum.core.municipality.MunicipalitySignedUp;
import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;

import java.util.List;

import static forum.projections.runtime.Rows.timestamp;

/** The municipality as the operator's register shows it: its sign-up without its coordinator's name and e-mail. */
@Component
class OperatorMunicipalityProjection implements Projection {

    private final ReadModelWrites writes;

    OperatorMunicipalityProjection(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public String name() {
        return "operator-municipalities";
    }

    @Override
    public List<String> tables() {
        return List.of("operator_municipality");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return eventType == MunicipalitySignedUp.class;
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (!(event instanceof MunicipalitySignedUp signedUp)) {
            throw unhandled(event);
        }
        writes.sql("""
                        insert into operator_municipality (tenant_id, name, country, official_code, signed_up_at)
                        values (:tenant, :name, :country, :code, :at)
                        on conflict (tenant_id) do nothing
                        """)
                .param("tenant", signedUp.tenantId())
                .param("name", signedUp.name())
                .param("country", signedUp.country().name())
                .param("code", signedUp.officialCode())
                .param("at", timestamp(record.time()))
                .queue();
    }
}
