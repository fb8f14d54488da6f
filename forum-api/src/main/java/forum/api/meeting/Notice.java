package forum.api.meeting;

import java.util.List;

/**
 * What a page says after a form or a button, across its redirect: a message key and its arguments; {@code refusal}
 * when the domain refused a button's command (its {@code problem.<code>}).
 */
public record Notice(String key, List<String> args, boolean refusal) {

    static final String ATTRIBUTE = "notice";

    static Notice done(String key, String... args) {
        return new Notice(key, List.of(args), false);
    }

    static Notice refused(String code) {
        return new Notice("problem." + code, List.of(), true);
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
