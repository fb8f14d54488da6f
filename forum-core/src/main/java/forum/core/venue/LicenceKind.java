package forum.core.venue;

/** The kind of alcohol licence, in the terms the three countries share. */
public enum LicenceKind {
    /** Permanent, serving the public (DK alkoholbevilling, SE stadigvarande till allmänheten, NO alminnelig). */
    PERMANENT_PUBLIC,
    /** Permanent licence for closed parties only (SE slutet sällskap). */
    PERMANENT_PRIVATE_FUNCTIONS,
    /** For one event or a limited period (DK lejlighedsbevilling, SE tillfälligt, NO enkelt anledning). */
    TEMPORARY,
    /** Catering or ambulatory serving (SE cateringtillstånd, NO ambulerende). */
    CATERING,
    OTHER
}
