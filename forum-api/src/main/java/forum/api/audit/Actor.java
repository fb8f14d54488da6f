package forum.api.audit;

import java.util.List;
import java.util.Locale;

import forum.api.accounts.AccountDirectory.NamedAccount;

/**
 * Who made an entry, as the page names them: an account of the municipality by its name and its roles now (the
 * words {@code role.*}), or a word for the application's own work or for an id that names no account here (the
 * operator's, or an account since gone). {@code key} is the entry's actor as recorded: the person filter's value.
 */
public record Actor(String key, String name, List<String> roleKeys, String wordKey) {

    static Actor account(String key, NamedAccount account) {
        return new Actor(key, account.name(), account.roles().stream().sorted().map(role -> "role." + role.name())
                .toList(), null);
    }

    static Actor system(String key) {
        return new Actor(key, null, List.of(), "audit.actor.system");
    }

    static Actor unknown(String key) {
        return new Actor(key == null ? "" : key, null, List.of(), "audit.actor.unknown");
    }

    public boolean named() {
        return name != null;
    }

    /** Named accounts by name, then the application, then the unknown. */
    String sortKey() {
        if (named()) {
            return "0" + name.toLowerCase(Locale.ROOT);
        }
        return "audit.actor.system".equals(wordKey) ? "1" : "2";
    }
}
