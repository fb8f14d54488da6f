package forum.api.audit.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import forum.api.audit.reads.RecordedRead;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;
import forum.projections.contract.DomainEventTypes;

/**
 * The municipality's history on a page, filtered through a GET form so that a filtered view has its own address,
 * a page at a time. The auditor opens it in the auditor's area; the coordinator, whom that area does not admit,
 * at an address of the municipality's. A filter that cannot be read shows its message and no entries.
 */
@PageController
class MunicipalityHistoryPages {

    static final String AUDITORS = "/audit/history";
    static final String COORDINATORS = "/municipality/history";

    private final MunicipalityHistory history;
    private final SignedInMunicipality municipality;

    MunicipalityHistoryPages(MunicipalityHistory history, SignedInMunicipality municipality) {
        this.history = history;
        this.municipality = municipality;
    }

    @Bean
    static NavigationEntry auditorsHistoryNavigation() {
        return new NavigationEntry(6, AUDITORS, "history.nav", Set.of(Role.AUDITOR));
    }

    @Bean
    static NavigationEntry coordinatorsHistoryNavigation() {
        return new NavigationEntry(84, COORDINATORS, "history.nav", Set.of(Role.COORDINATOR));
    }

    @GetMapping({AUDITORS, COORDINATORS})
    @HistoryReaders
    @RecordedRead
    String history(@AuthenticationPrincipal ForumUser user, @ModelAttribute("filter") HistoryFilter filter,
                   BindingResult problems, Model model) {
        String path = user.has(Role.AUDITOR) ? AUDITORS : COORDINATORS;
        Optional<HistoryQuery> query = filter.read(municipality.zone(), problems);
        HistoryPage page = query.map(asked -> history.page(user, asked)).orElse(null);
        model.addAttribute("path", path);
        model.addAttribute("page", page);
        model.addAttribute("filtered", filter.filters());
        model.addAttribute("kinds", DomainEventTypes.all().stream().map(Class::getSimpleName).sorted().toList());
        model.addAttribute("aggregateTypes", HistoryFilter.AGGREGATE_TYPES.stream().sorted().toList());
        model.addAttribute("nextPage", page == null || page.next() == null ? null : next(path, filter, page.next()));
        return "audit/history";
    }

    /** The address of the next page: the same filters, after the last entry shown. */
    private static String next(String path, HistoryFilter filter, long after) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("person", filter.getPerson());
        parameters.put("aggregate", filter.getAggregate());
        parameters.put("aggregateType", filter.getAggregateType());
        parameters.put("kind", filter.getKind());
        parameters.put("from", filter.getFrom());
        parameters.put("to", filter.getTo());
        parameters.put("order", filter.getOrder());
        parameters.put("size", filter.getSize());
        parameters.values().removeIf(String::isEmpty);
        parameters.put("after", Long.toString(after));
        UriComponentsBuilder next = UriComponentsBuilder.fromPath(path);
        parameters.forEach(next::queryParam);
        return next.encode().build().toUriString();
    }
}
