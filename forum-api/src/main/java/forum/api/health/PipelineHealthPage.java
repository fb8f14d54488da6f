package forum.api.health;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import forum.api.access.Allowed;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageDates;
import forum.api.web.PageController;

/** The operator's health page: the pipeline in plain words, each part with its state. Measured when opened. */
@PageController
class PipelineHealthPage {

    private final PipelineHealth health;
    private final PageDates dates;
    private final Clock clock;

    PipelineHealthPage(PipelineHealth health, PageDates dates, Clock clock) {
        this.health = health;
        this.dates = dates;
        this.clock = clock;
    }

    /** An item as the page shows it: its times written in the page's language and the zone of the person. */
    record Sentence(PipelineHealth.State state, String message, Object[] arguments) {
    }

    @Bean
    static NavigationEntry operatorHealthNavigation() {
        return new NavigationEntry(30, "/operator/health", "operator.health.nav", Set.of(Role.OPERATOR));
    }

    @GetMapping("/operator/health")
    @Allowed.Operators
    String health(Model model) {
        List<PipelineHealth.Item> items = health.now();
        model.addAttribute("items", items.stream().map(item -> new Sentence(item.state(), item.message(),
                item.arguments().stream().map(argument -> argument instanceof Instant instant
                        ? dates.dateTime(instant) : argument).toArray())).toList());
        model.addAttribute("overall", PipelineHealth.worst(items));
        model.addAttribute("measuredAt", clock.instant());
        return "health/pipeline";
    }
}
