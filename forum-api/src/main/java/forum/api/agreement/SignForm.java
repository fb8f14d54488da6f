package forum.api.agreement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import forum.core.agreement.Commitment;
import forum.core.forum.ForumMethod;

/** Signing an agreement, named as {@link forum.core.agreement.SignAgreement}'s components. */
public class SignForm {

    private ForumMethod method;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;
    private String signedForVenue;
    private String signedForMunicipality;
    private Set<Commitment> commitments = new LinkedHashSet<>();
    private String otherCommitments;
    private int staffCount;

    public ForumMethod getMethod() {
        return method;
    }

    public void setMethod(ForumMethod method) {
        this.method = method;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getSignedForVenue() {
        return signedForVenue;
    }

    public void setSignedForVenue(String signedForVenue) {
        this.signedForVenue = signedForVenue;
    }

    public String getSignedForMunicipality() {
        return signedForMunicipality;
    }

    public void setSignedForMunicipality(String signedForMunicipality) {
        this.signedForMunicipality = signedForMunicipality;
    }

    public Set<Commitment> getCommitments() {
        return commitments;
    }

    public void setCommitments(Set<Commitment> commitments) {
        this.commitments = commitments == null ? new LinkedHashSet<>() : commitments;
    }

    public String getOtherCommitments() {
        return otherCommitments;
    }

    public void setOtherCommitments(String otherCommitments) {
        this.otherCommitments = otherCommitments;
    }

    public int getStaffCount() {
        return staffCount;
    }

    public void setStaffCount(int staffCount) {
        this.staffCount = staffCount;
    }
}
