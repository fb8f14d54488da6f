package forum.api.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** My mail settings: the optional kinds (their keys) a person turned off. */
public class PreferencesForm {

    private List<String> turnedOff = new ArrayList<>();

    static PreferencesForm of(Set<MailKind> off) {
        PreferencesForm form = new PreferencesForm();
        off.forEach(kind -> form.turnedOff.add(kind.key()));
        return form;
    }

    public List<String> getTurnedOff() {
        return turnedOff;
    }

    public void setTurnedOff(List<String> turnedOff) {
        this.turnedOff = turnedOff == null ? new ArrayList<>() : turnedOff;
    }
}
