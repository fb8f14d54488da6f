package forum.api.agreement;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import forum.core.agreement.AgreementEndReason;

/**
 * Renewing or ending the venue's agreement, named as {@link forum.core.agreement.RenewAgreement}'s and
 * {@link forum.core.agreement.EndAgreement}'s components; one form, as the page offers both side by side.
 */
public class RenewalForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate renewedOn;
    private int staffCount;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endedOn;
    private AgreementEndReason reason;
    private String note;

    public LocalDate getRenewedOn() {
        return renewedOn;
    }

    public void setRenewedOn(LocalDate renewedOn) {
        this.renewedOn = renewedOn;
    }

    public int getStaffCount() {
        return staffCount;
    }

    public void setStaffCount(int staffCount) {
        this.staffCount = staffCount;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public AgreementEndReason getReason() {
        return reason;
    }

    public void setReason(AgreementEndReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
