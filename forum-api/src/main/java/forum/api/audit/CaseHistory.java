package forum.api.audit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.accounts.AccountDirectory;
import forum.api.accounts.AccountDirectory.NamedAccount;
import forum.api.query.QueryProblems;
import forum.api.security.CurrentUser;
import forum.api.security.ForumUser;
import forum.projections.casetimeline.CaseTimelines;
import forum.projections.casetimeline.TimelineEntry;

/**
 * A venue's case timeline as the auditor's page reads it: the entries the JSON API returns, with the free text for
 * those who may read it, and each entry's actor named by the account's name and roles. All actors of the case are
 * named in one read of the municipality's accounts.
 */
@Service
class CaseHistory {

    /** The timeline's entries in order, and the actors that appear in it, the named ones by name first. */
    record History(List<Line> lines, List<Actor> actors) {
    }

    /** One entry and who made it. */
    record Line(TimelineEntry entry, Actor actor) {
    }

    private final CaseTimelines timelines;
    private final AccountDirectory accounts;

    CaseHistory(CaseTimelines timelines, AccountDirectory accounts) {
        this.timelines = timelines;
        this.accounts = accounts;
    }

    /** The venue's whole history; another municipality's venue, or none, is not found. */
    History of(ForumUser user, UUID venueId) {
        UUID tenantId = Tenants.of(user);
        List<TimelineEntry> entries = timelines.timeline(tenantId, venueId, Readers.readsCaseFreeText(user));
        if (entries.isEmpty()) {
            // Every case starts with its venue's registration: no entries, no such venue here.
            throw QueryProblems.notFound();
        }
        List<String> keys = entries.stream().map(TimelineEntry::actor).distinct().toList();
        Map<UUID, NamedAccount> named = accounts.named(tenantId,
                keys.stream().map(CaseHistory::accountId).flatMap(Optional::stream).toList());
        Map<String, Actor> actors = keys.stream().collect(Collectors.toMap(key -> key,
                key -> actor(key, named), (one, other) -> one, LinkedHashMap::new));
        return new History(entries.stream().map(entry -> new Line(entry, actors.get(entry.actor()))).toList(),
                actors.values().stream().sorted(Comparator.comparing(Actor::sortKey)).toList());
    }

    private static Actor actor(String key, Map<UUID, NamedAccount> named) {
        if (CurrentUser.SYSTEM.equals(key)) {
            return Actor.system(key);
        }
        return accountId(key).map(named::get).map(account -> Actor.account(key, account))
                .orElseGet(() -> Actor.unknown(key));
    }

    private static Optional<UUID> accountId(String key) {
        try {
            return key == null ? Optional.empty() : Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }
}
