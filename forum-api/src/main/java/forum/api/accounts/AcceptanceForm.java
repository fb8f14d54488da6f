package forum.api.accounts;

/** The form of a page opened by a token (an invitation, a password reset): the token, and a new password twice. */
public class AcceptanceForm {

    private String token;
    private String password;
    private String passwordRepeat;

    AcceptanceRequest toRequest() {
        return new AcceptanceRequest(password);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    /** Never the token or the passwords, should a form end up in a log. */
    @Override
    public String toString() {
        return "AcceptanceForm[***]";
    }
}
