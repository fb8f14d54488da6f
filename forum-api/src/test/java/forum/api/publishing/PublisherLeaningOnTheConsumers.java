package forum.api.publishing;

import forum.projections.runtime.ProjectionConsumer;

/** For TanglesArchitectureTest: the publisher importing the consumers' package, as it once did for the wire format. */
public class PublisherLeaningOnTheConsumers {

    ProjectionConsumer consumer;
}
