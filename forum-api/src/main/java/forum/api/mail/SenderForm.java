package forum.api.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The sender form: how the municipality's mails are signed. */
public class SenderForm {

    @NotBlank
    @Size(max = 200)
    private String senderName;

    @Email
    @Size(max = 320)
    private String replyTo;

    static SenderForm of(MailSenderSettings.Sender sender) {
        SenderForm form = new SenderForm();
        form.setSenderName(sender.senderName());
        form.setReplyTo(sender.replyTo());
        return form;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }
}
