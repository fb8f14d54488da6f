package forum.core.forum;

/** The programme a forum follows. */
public enum ForumMethod {
    /** DK "Ansvarlig udskænkning". */
    RESPONSIBLE_SERVING,
    NIGHTLIFE_SAFETY,
    /** SE STAD method, network "Krogar mot knark". */
    KROGAR_MOT_KNARK,
    /** NO working group of the municipal alcohol and drug action plan. */
    ACTION_PLAN_GROUP,
    OTHER
}
