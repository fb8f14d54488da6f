package forum.core.training;

/** The courses of the seeds, each with how long its training stays valid (data, per kind). */
public enum CourseKind {
    /** SE "Ansvarlig alkoholhantering" (Ansvarsfull alkoholservering). */
    ALCOHOL_RESPONSIBILITY(36),
    /** NO "Ansvarlig vertskap". */
    RESPONSIBLE_HOSTING(24),
    /** DK "Ansvarlig udskænkning". */
    RESPONSIBLE_SERVING(24),
    /** SE "Krogar mot knark": renewed every year. */
    KROGAR_MOT_KNARK(12),
    /** Any other course: the record states its validity. */
    OTHER(0);

    private final int validMonths;

    CourseKind(int validMonths) {
        this.validMonths = validMonths;
    }

    public int validMonths() {
        return validMonths;
    }
}
