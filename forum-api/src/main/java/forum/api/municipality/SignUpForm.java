package forum.api.municipality;

import forum.core.municipality.Country;

/**
 * The sign-up form's fields, named as {@link SignUpRequest}'s components (and the command's), so that the API's
 * rules and the domain's refusals find their field; the password is asked twice, which only the page needs.
 */
public class SignUpForm {

    private Country country;
    private String name;
    private String officialCode;
    private String coordinatorName;
    private String coordinatorEmail;
    private String coordinatorPassword;
    private String coordinatorPasswordRepeat;

    SignUpRequest toRequest() {
        return new SignUpRequest(trimmed(name), country, trimmed(officialCode), trimmed(coordinatorName),
                trimmed(coordinatorEmail), coordinatorPassword);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOfficialCode() {
        return officialCode;
    }

    public void setOfficialCode(String officialCode) {
        this.officialCode = officialCode;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public void setCoordinatorName(String coordinatorName) {
        this.coordinatorName = coordinatorName;
    }

    public String getCoordinatorEmail() {
        return coordinatorEmail;
    }

    public void setCoordinatorEmail(String coordinatorEmail) {
        this.coordinatorEmail = coordinatorEmail;
    }

    public String getCoordinatorPassword() {
        return coordinatorPassword;
    }

    public void setCoordinatorPassword(String coordinatorPassword) {
        this.coordinatorPassword = coordinatorPassword;
    }

    public String getCoordinatorPasswordRepeat() {
        return coordinatorPasswordRepeat;
    }

    public void setCoordinatorPasswordRepeat(String coordinatorPasswordRepeat) {
        this.coordinatorPasswordRepeat = coordinatorPasswordRepeat;
    }

    /** Never the passwords, should a form end up in a log. */
    @Override
    public String toString() {
        return "SignUpForm[country=" + country + ", officialCode=" + officialCode + "]";
    }
}
