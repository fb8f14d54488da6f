package forum.api.audit.history;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.query.QueryController;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.web.SignedInMunicipality;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

@QueryController
class HistoryController {

    private final MunicipalityHistory history;
    private final SignedInMunicipality municipality;

    HistoryController(MunicipalityHistory history, SignedInMunicipality municipality) {
        this.history = history;
        this.municipality = municipality;
    }

    @Operation(summary = "Every event of the municipality, from the event store, a page at a time",
            description = "Each entry names its actor with the roles held when the event was recorded "
                    + "(rolesRecordedThen false: roles were not recorded yet then, those held since rolesSince are "
                    + "given), or erased; the event's values, personal ones opened (erased ones marked erased); "
                    + "and the correlation id of its request. Pages follow the store's position: pass the answer's "
                    + "next as after. A filter that cannot be read is a 400 problem naming it.")
    @GetMapping("/api/v1/audit/history")
    @HistoryReaders
    public HistoryPage history(@AuthenticationPrincipal ForumUser user,
            @Parameter(description = "An account (events it made) or a data subject (events naming the id)")
            @RequestParam(required = false) String person,
            @Parameter(description = "An aggregate's id") @RequestParam(required = false) String aggregate,
            @Parameter(description = "Municipality, Forum, Meeting, Venue, Erasure or Network")
            @RequestParam(required = false) String aggregateType,
            @Parameter(description = "An event's name, e.g. VenueIssueRegistered")
            @RequestParam(required = false) String kind,
            @Parameter(description = "ISO-8601 instant (or local date-time in the municipality's zone), included")
            @RequestParam(required = false) String from,
            @Parameter(description = "ISO-8601 instant (or local date-time in the municipality's zone), excluded")
            @RequestParam(required = false) String to,
            @Parameter(description = "newest (default) or oldest first") @RequestParam(required = false) String order,
            @Parameter(description = "The next of the previous page") @RequestParam(required = false) String after,
            @Parameter(description = "Entries per page, 1 to 200, 50 by default")
            @RequestParam(required = false) String size) {
        HistoryFilter filter = new HistoryFilter();
        filter.setPerson(person);
        filter.setAggregate(aggregate);
        filter.setAggregateType(aggregateType);
        filter.setKind(kind);
        filter.setFrom(from);
        filter.setTo(to);
        filter.setOrder(order);
        filter.setAfter(after);
        filter.setSize(size);
        BindingResult problems = new BeanPropertyBindingResult(filter, "filter");
        HistoryQuery query = filter.read(municipality.zone(), problems).orElseThrow(() -> {
            FieldError first = problems.getFieldErrors().get(0);
            return QueryProblems.invalid(first.getField(), message(first.getCode()));
        });
        return history.page(user, query);
    }

    private static String message(String code) {
        return switch (code) {
            case "history.filter.badTime" -> "must be an ISO-8601 instant, e.g. 2026-03-31T12:00:00Z";
            case "history.filter.endsBeforeStart" -> "must be after from";
            case "history.filter.badNumber" -> "must be a whole number in range";
            case "history.filter.badOrder" -> "must be newest or oldest";
            case "history.filter.badAggregateType" -> "must be Municipality, Forum, Meeting, Venue, Erasure or Network";
            case "history.filter.badKind" -> "must be the name of an event";
            default -> "must be an id";
        };
    }
}
