package forum.api.audit.history;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.accounts.AccountDirectory;
import forum.api.accounts.AccountDirectory.NamedAccount;
import forum.api.audit.history.HistoryEntry.Actor;
import forum.api.audit.history.HistoryEntry.Value;
import forum.api.audit.history.RolesAtTheTime.AtTheTime;
import forum.api.audit.history.RolesAtTheTime.Held;
import forum.api.audit.history.StoredEvents.Stored;
import forum.api.security.CurrentUser;
import forum.api.security.ForumUser;
import forum.core.shared.PersonalData;
import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.DomainEventTypes;
import forum.projections.contract.SealedValues;
import forum.projections.runtime.TenantScope;

/**
 * The municipality's history, a page at a time, from the event store: each event with its actor named (the page's
 * actors in one read of the accounts and one of their roles), its values opened for a reader who may read personal
 * values, and its request's correlation id.
 */
@Service
public class MunicipalityHistory {

    private final StoredEvents events;
    private final SealedValues sealed;
    private final AccountDirectory accounts;
    private final RolesAtTheTime roles;
    private final TenantScope tenantScope;

    MunicipalityHistory(StoredEvents events, SealedValues sealed, AccountDirectory accounts, RolesAtTheTime roles,
                        TenantScope tenantScope) {
        this.events = events;
        this.sealed = sealed;
        this.accounts = accounts;
        this.roles = roles;
        this.tenantScope = tenantScope;
    }

    /** Every event of one aggregate, oldest first, read as the history's pages read them (a case's export). */
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofAggregate(ForumUser user, String aggregateId) {
        return all(user, new HistoryQuery(null, aggregateId, null, null, null, null, false, null,
                HistoryQuery.MAX_SIZE));
    }

    /** Every event from {@code from} (included) to {@code to} (excluded), oldest first (a period's export). */
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofPeriod(ForumUser user, Instant from, Instant to) {
        return all(user, new HistoryQuery(null, null, null, null, from, to, false, null, HistoryQuery.MAX_SIZE));
    }

    private List<HistoryEntry> all(ForumUser user, HistoryQuery query) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (HistoryPage page = page(user, query); ; page = page(user, query.after(page.next()))) {
            entries.addAll(page.entries());
            if (page.next() == null) {
                return entries;
            }
        }
    }

    @Transactional(readOnly = true)
    public HistoryPage page(ForumUser user, HistoryQuery query) {
        UUID tenantId = Tenants.of(user);
        tenantScope.enter(tenantId);
        List<Stored> rows = events.page(tenantId, query, query.size() + 1);
        boolean more = rows.size() > query.size();
        List<Stored> shown = more ? rows.subList(0, query.size()) : rows;
        boolean personal = Readers.readsCaseFreeText(user);
        List<DomainEventRecord> stored = shown.stream().map(Stored::record).toList();
        List<DomainEventRecord> records = personal ? sealed.opened(stored) : stored;
        Map<String, Actor> actorsNow = actors(tenantId, records);
        Map<UUID, List<Held>> held = roles.of(tenantId, actorsNow.values().stream().map(Actor::accountId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Stored row = shown.get(i);
            DomainEventRecord record = records.get(i);
            Actor actor = atTheTime(actorsNow.get(String.valueOf(record.actor())), held, record);
            entries.add(new HistoryEntry(row.position(), record.id(), record.eventName(), row.aggregateType(),
                    record.subject(), record.sequence(), record.time(), actor, summary(record, personal),
                    record.correlationId()));
        }
        Long next = more ? shown.get(shown.size() - 1).position() : null;
        return new HistoryPage(entries, query.newestFirst(), next, personal);
    }

    /** The page's actors as they are named now, by their key, in one read of the municipality's accounts. */
    private Map<String, Actor> actors(UUID tenantId, List<DomainEventRecord> records) {
        Set<String> keys = records.stream().map(record -> String.valueOf(record.actor())).collect(Collectors.toSet());
        Map<UUID, NamedAccount> named = accounts.named(tenantId, keys.stream().map(MunicipalityHistory::accountId)
                .flatMap(Optional::stream).toList());
        return keys.stream().collect(Collectors.toMap(key -> key, key -> actor(key, named)));
    }

    private static Actor actor(String key, Map<UUID, NamedAccount> named) {
        if (CurrentUser.SYSTEM.equals(key)) {
            return new Actor(key, null, null, false, List.of(), false, null, true, false);
        }
        Optional<NamedAccount> account = accountId(key).map(named::get);
        if (account.isEmpty()) {
            return new Actor(key, null, null, false, List.of(), false, null, false, true);
        }
        boolean erased = PersonalData.ERASED.equals(account.get().name());
        return new Actor(key, account.get().id(), erased ? null : account.get().name(), erased, List.of(), false,
                null, false, false);
    }

    /** The actor with the roles held when the event was recorded. */
    private static Actor atTheTime(Actor actor, Map<UUID, List<Held>> held, DomainEventRecord record) {
        if (!actor.named()) {
            return actor;
        }
        AtTheTime then = RolesAtTheTime.at(held.get(actor.accountId()), record.time());
        if (then == null) {
            return actor;
        }
        return new Actor(actor.key(), actor.accountId(), actor.name(), actor.erased(),
                then.roles().stream().sorted().toList(), then.recordedThen(), then.since(), false, false);
    }

    /**
     * The event's plain values in its components' order: not ids (which the entry names otherwise) nor the tenant,
     * nor lists or objects; its personal values only for a reader who may read them.
     */
    private static List<Value> summary(DomainEventRecord record, boolean personal) {
        Class<?> type = DomainEventTypes.byName(record.eventName());
        List<Value> values = new ArrayList<>();
        RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        List<String> order = Arrays.stream(components).map(RecordComponent::getName).toList();
        Iterator<String> fields = order.isEmpty() ? record.data().fieldNames() : order.iterator();
        while (fields.hasNext()) {
            String field = fields.next();
            JsonNode value = record.data().get(field);
            if (value == null || value.isNull() || value.isContainerNode() || field.equals("tenantId")
                    || field.endsWith("Id")) {
                continue;
            }
            boolean personalValue = Arrays.stream(components).anyMatch(component -> component.getName().equals(field)
                    && component.isAnnotationPresent(PersonalData.class));
            if (personalValue && !personal) {
                continue;
            }
            boolean erased = PersonalData.ERASED.equals(value.asText());
            values.add(new Value(field, erased ? null : value.asText(), personalValue, erased, instant(value)));
        }
        return values;
    }

    private static Instant instant(JsonNode value) {
        if (!value.isTextual() || value.textValue().length() < 20) {
            return null;
        }
        try {
            return Instant.parse(value.textValue());
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }

    private static Optional<UUID> accountId(String key) {
        try {
            return Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }
}
