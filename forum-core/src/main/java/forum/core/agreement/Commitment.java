package forum.core.agreement;

import java.util.Set;

import forum.core.forum.ForumMethod;

/** What a venue commits to in an agreement; each method offers its own list (the seeds' agreements). */
public enum Commitment {
    STAFF_TRAINING(Set.of(ForumMethod.values())),
    NO_SERVING_MINORS(Set.of(ForumMethod.RESPONSIBLE_SERVING, ForumMethod.NIGHTLIFE_SAFETY,
            ForumMethod.ACTION_PLAN_GROUP, ForumMethod.OTHER)),
    NO_SERVING_INTOXICATED(Set.of(ForumMethod.RESPONSIBLE_SERVING, ForumMethod.NIGHTLIFE_SAFETY,
            ForumMethod.ACTION_PLAN_GROUP, ForumMethod.OTHER)),
    ID_CHECKS(Set.of(ForumMethod.values())),
    DRUG_POLICY(Set.of(ForumMethod.KROGAR_MOT_KNARK, ForumMethod.NIGHTLIFE_SAFETY, ForumMethod.OTHER)),
    RANDOM_DRUG_TESTS(Set.of(ForumMethod.KROGAR_MOT_KNARK)),
    REPORT_DRUG_INCIDENTS(Set.of(ForumMethod.KROGAR_MOT_KNARK, ForumMethod.NIGHTLIFE_SAFETY)),
    COOPERATE_WITH_POLICE(Set.of(ForumMethod.values())),
    DOOR_STAFF(Set.of(ForumMethod.NIGHTLIFE_SAFETY, ForumMethod.RESPONSIBLE_SERVING, ForumMethod.OTHER)),
    ATTEND_FORUM_MEETINGS(Set.of(ForumMethod.values()));

    private final Set<ForumMethod> methods;

    Commitment(Set<ForumMethod> methods) {
        this.methods = methods;
    }

    public boolean offeredBy(ForumMethod method) {
        return methods.contains(method);
    }
}
