package forum.projections.networkstatistics;

import forum.core.municipality.MunicipalitySignedUp;
import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;
import java.util.List;

/** The name and key a municipality is shown under on its networks' dashboards; never its coordinator. */
@Component
class MunicipalityNameProjection implements Projection {

    private final ReadModelWrites writes;

    MunicipalityNameProjection(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public String name() {
        return "network-statistics-municipalities";
    }

    @Override
    public List<String> tables() {
        return List.of("statistics_municipality");
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
                        insert into statistics_municipality (tenant_id, municipality_key, name, country)
                        values (:tenant, :key, :name, :country)
                        on conflict (tenant_id) do update
                        set municipality_key = excluded.municipality_key, name = excluded.name, country = excluded.country
                        """)
                .param("tenant", signedUp.tenantId())
                .param("key", signedUp.municipalityKey())
                .param("name", signedUp.name())
                .param("country", signedUp.country().name())
                .queue();
    }
}
