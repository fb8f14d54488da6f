package forum.core.training;

import java.util.UUID;

import forum.core.shared.DomainEvent;

public sealed interface TrainingEvent extends DomainEvent permits TrainingRecorded {

    UUID tenantId();

    UUID trainingId();

    UUID venueId();
}
