package forum.projections.stream;

import forum.projections.lag.LagLeaningOnStream;

/** For TanglesArchitectureTest: one side of a pair of packages that import each other, as stream and lag once did. */
public class StreamLeaningOnLag {

    LagLeaningOnStream lag;
}
