package forum.projections.contract;

import forum.projections.runtime.ProjectionConsumer;

/** For TanglesArchitectureTest: the wire contract importing the consumers, as the publisher's wire format once did. */
public class ContractLeaningOnTheRuntime {

    ProjectionConsumer consumer;
}
