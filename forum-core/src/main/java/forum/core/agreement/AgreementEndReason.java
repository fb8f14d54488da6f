package forum.core.agreement;

public enum AgreementEndReason {
    VENUE_WITHDREW, COMMITMENTS_BROKEN, VENUE_CLOSED, MUNICIPALITY_ENDED, OTHER
}
