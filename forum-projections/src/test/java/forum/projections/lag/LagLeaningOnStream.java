package forum.projections.lag;

import forum.projections.stream.StreamLeaningOnLag;

/** For TanglesArchitectureTest: the other side of a pair of packages that import each other. */
public class LagLeaningOnStream {

    StreamLeaningOnLag stream;
}
