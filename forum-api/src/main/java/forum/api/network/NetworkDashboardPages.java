package forum.api.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import forum.api.access.Readers;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.projections.networkstatistics.NetworkDashboard;
import forum.projections.networkstatistics.NetworkStatistics;
import forum.projections.networkstatistics.Quarter;

/**
 * The network coordinator's landing page: the own network's dashboard of a quarter, with charts and the tables
 * behind them, and its trend across the quarters before. Reads what {@link NetworkStatisticsController} answers
 * as JSON, so it holds no venue, person or free text either.
 */
@PageController
class NetworkDashboardPages {

    static final String PATH = "/network";
    /** Quarters in the trend, the chosen one the last. */
    static final int TREND_QUARTERS = 8;
    /** Quarters the chooser lists, up to the current one. */
    static final int CHOOSABLE_QUARTERS = 12;

    private final NetworkStatistics statistics;
    private final DashboardTables tables;
    private final Clock clock;

    NetworkDashboardPages(NetworkStatistics statistics, DashboardTables tables, Clock clock) {
        this.statistics = statistics;
        this.tables = tables;
        this.clock = clock;
    }

    @Bean
    static NavigationEntry networkDashboardNavigation() {
        return new NavigationEntry(5, PATH, "network.nav", Set.of(Role.NETWORK_COORDINATOR));
    }

    @GetMapping(PATH)
    @Readers.NetworkCoordinators
    String dashboard(@AuthenticationPrincipal ForumUser user, @RequestParam(required = false) String quarter,
                     Locale locale, Model model) {
        if (user.networkId() == null) {
            return "network/no-network";
        }
        Quarter current = Quarter.of(clock.instant());
        Quarter chosen = current;
        if (quarter != null && !quarter.isBlank()) {
            try {
                chosen = Quarter.parse(quarter);
            } catch (IllegalArgumentException malformed) {
                model.addAttribute("malformedQuarter", quarter);
            }
        }
        NetworkDashboard dashboard = statistics.dashboard(user.networkId(), chosen).orElseThrow(NetworkDashboardPages::notFound);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("quarter", chosen.toString());
        model.addAttribute("quarterName", tables.quarterName(chosen, locale));
        model.addAttribute("firstDay", LocalDate.ofInstant(chosen.start(), Quarter.ZONE));
        model.addAttribute("lastDay", LocalDate.ofInstant(chosen.end(), Quarter.ZONE).minusDays(1));
        model.addAttribute("previous", chosen.previous().toString());
        model.addAttribute("next", chosen.compareTo(current) < 0 ? chosen.next().toString() : null);
        model.addAttribute("choices", choices(current, chosen, locale));
        model.addAttribute("tables", dashboard.municipalities().isEmpty() ? List.of() : tables.of(dashboard, locale));
        model.addAttribute("trend", tables.trend(statistics.trend(user.networkId(), chosen, TREND_QUARTERS)
                .orElseThrow(NetworkDashboardPages::notFound), locale));
        return "network/dashboard";
    }

    /** A quarter the chooser offers: its value in the address, its name in the page's language. */
    public record QuarterChoice(String value, String name, boolean chosen) {
    }

    private List<QuarterChoice> choices(Quarter current, Quarter chosen, Locale locale) {
        List<QuarterChoice> choices = new ArrayList<>();
        Quarter quarter = current;
        for (int i = 0; i < CHOOSABLE_QUARTERS; i++, quarter = quarter.previous()) {
            choices.add(new QuarterChoice(quarter.toString(), tables.quarterName(quarter, locale), quarter.equals(chosen)));
        }
        if (choices.stream().noneMatch(QuarterChoice::chosen)) {
            choices.add(new QuarterChoice(chosen.toString(), tables.quarterName(chosen, locale), true));
        }
        return choices;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
