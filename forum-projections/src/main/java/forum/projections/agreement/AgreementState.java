package forum.projections.agreement;

/** Read from the dates: lapsed when its renewal date passed without a renewal. */
public enum AgreementState {
    IN_FORCE, LAPSED, ENDED
}
