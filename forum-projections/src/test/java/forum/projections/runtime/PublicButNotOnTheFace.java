package forum.projections.runtime;

/** For TanglesArchitectureTest: a class of the runtime made public without being added to its face. */
public class PublicButNotOnTheFace {
}
