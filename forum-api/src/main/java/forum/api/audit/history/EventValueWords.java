package forum.api.audit.history;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import forum.core.erasure.ErasureReason;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RecommendationKind;
import forum.core.venue.Severity;
import forum.core.venue.VenueClosureReason;
import forum.core.venue.VenueDetail;
import forum.projections.contract.DomainEventTypes;
import forum.projections.contract.MalformedEventException;

/**
 * An event's coded value (a category, a severity, a licence kind) in the reader's language, by the words the case's
 * own pages use for it; any other value as it is stored. For the history page: {@code @eventValueWords}.
 */
@Component("eventValueWords")
class EventValueWords {

    /** Where the bundles keep each coded value's word: the prefix before the value's name. */
    private static final Map<Class<?>, String> WORDS = Map.ofEntries(
            Map.entry(IssueCategory.class, "venue.category."),
            Map.entry(Severity.class, "venue.severity."),
            Map.entry(IssueSource.class, "venue.source."),
            Map.entry(LicenceKind.class, "venue.licenceKind."),
            Map.entry(DecisionOutcome.class, "venue.outcome."),
            Map.entry(RecommendationKind.class, "recommendation.kind."),
            Map.entry(VenueClosureReason.class, "venue.closure.reason."),
            Map.entry(VenueDetail.class, "venue.detail."),
            Map.entry(MemberRole.class, "forum.memberRole."),
            Map.entry(ForumMethod.class, "forum.method."),
            Map.entry(ErasureReason.class, "privacy.reason."));

    private final MessageSource messages;

    EventValueWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The value of the event's component in the reader's language, or as it is when it is not a coded one. */
    public String word(String eventName, String field, String value) {
        String prefix = prefix(eventName, field);
        if (prefix == null || value == null) {
            return value;
        }
        return messages.getMessage(prefix + value, null, value, LocaleContextHolder.getLocale());
    }

    private static String prefix(String eventName, String field) {
        try {
            Class<?> type = DomainEventTypes.byName(eventName);
            RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
            return Arrays.stream(components).filter(component -> component.getName().equals(field)).findFirst()
                    .map(component -> WORDS.get(component.getType())).orElse(null);
        } catch (MalformedEventException unknownEvent) {
            return null;
        }
    }
}
