package forum.projections.municipality;

import forum.core.municipality.MunicipalitySignedUp;
import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/** The municipality's profile as its own users see it. */
@Component
class MunicipalityProfileProjection implements Projection {

    private final ReadModelWrites writes;

    MunicipalityProfileProjection(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public String name() {
        return "municipality-profile";
    }

    @Override
    public List<String> tables() {
        return List.of("municipality_profile");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return eventType == MunicipalitySignedUp.class;
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (event instanceof MunicipalitySignedUp signedUp) {
            writes.sql("""
                            insert into municipality_profile (tenant_id, municipality_key, name, country, official_code,
                                                              coordinator_name, coordinator_email, signed_up_at)
                            values (:tenant, :key, :name, :country, :code, :coordinatorName, :coordinatorEmail, :at)
                            """)
                    .param("tenant", signedUp.tenantId())
                    .param("key", signedUp.municipalityKey())
                    .param("name", signedUp.name())
                    .param("country", signedUp.country().name())
                    .param("code", signedUp.officialCode())
                    .param("coordinatorName", signedUp.coordinatorName())
                    .param("coordinatorEmail", signedUp.coordinatorEmail())
                    .param("at", Timestamp.from(record.time()))
                    .queue();
        } else {
            throw unhandled(event);
        }
    }
}
