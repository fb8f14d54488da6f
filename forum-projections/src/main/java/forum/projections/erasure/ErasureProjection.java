package forum.projections.erasure;

import forum.core.erasure.PersonalDataErased;
import forum.core.shared.DomainEvent;
import forum.core.shared.PersonalData;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

import static forum.projections.runtime.Rows.timestamp;

/** Keeps {@code personal_data_erasure} and puts "erased" in every read model's place of the erased subjects. */
@Component
class ErasureProjection implements Projection {

    private final ReadModelWrites writes;

    ErasureProjection(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public String name() {
        return "erasures";
    }

    @Override
    public List<String> tables() {
        return List.of("personal_data_erasure");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return eventType == PersonalDataErased.class;
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (event instanceof PersonalDataErased erased) {
            writes.sql("""
                            insert into personal_data_erasure (tenant_id, erasure_id, erased_at, reason, subjects, actor)
                            values (:tenant, :erasure, :at, :reason, cast(:subjects as jsonb), :actor)
                            on conflict (tenant_id, erasure_id) do nothing
                            """)
                    .param("tenant", erased.tenantId())
                    .param("erasure", erased.erasureId())
                    .param("at", timestamp(record.time()))
                    .param("reason", erased.reason().name())
                    .param("subjects", record.data().get("subjects").toString())
                    .param("actor", record.actor())
                    .queue();
            for (String subject : erased.subjects()) {
                int colon = subject.indexOf(':');
                UUID id = UUID.fromString(subject.substring(colon + 1));
                for (String statement : ErasedColumns.of(subject.substring(0, colon))) {
                    writes.sql(statement)
                            .param("erased", PersonalData.ERASED)
                            .param("tenant", erased.tenantId())
                            .param("id", id)
                            .queue();
                }
            }
        } else {
            throw unhandled(event);
        }
    }
}
