package forum.api.network;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Allowed;
import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.query.Page;
import forum.api.query.Paging;
import forum.api.query.QueryController;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.projections.networkstatistics.MunicipalityComparison;
import forum.projections.networkstatistics.NetworkDashboard;
import forum.projections.networkstatistics.NetworkMembership;
import forum.projections.networkstatistics.NetworkStatistics;
import forum.projections.networkstatistics.Quarter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

@QueryController
@RequestMapping("/api/v1")
class NetworkStatisticsController {

    private final NetworkStatistics statistics;
    private final Clock clock;

    NetworkStatisticsController(NetworkStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @Operation(summary = "A network's quarter as its coordinator sees it",
            description = "Per member municipality: meetings held, attendance rate by role, issues by category, "
                    + "recommendations by kind, decisions by outcome, venues registered; counts of 1 or 2 are "
                    + "suppressed, and so is a network total when a member's part of it is (subtraction would give "
                    + "the part away). Only the coordinator of this network; any other network answers 404.")
    @GetMapping("/networks/{networkId}/statistics")
    @Readers.NetworkCoordinators
    public NetworkDashboard dashboard(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId,
                                      @Parameter(description = "e.g. 2026-Q4; the current quarter if left out")
                                      @RequestParam(required = false) String quarter) {
        Quarter asked = quarter(quarter);
        if (!networkId.equals(user.networkId())) {
            throw QueryProblems.notFound();
        }
        return statistics.dashboard(networkId, asked).orElseThrow(QueryProblems::notFound);
    }

    @Operation(summary = "The own municipality's figures of a quarter beside the network's medians",
            description = "404 unless the municipality was a member of the network at some time in the quarter. "
                    + "Medians are suppressed while the network has fewer than three member municipalities.")
    @GetMapping("/municipality/network-comparison")
    @Allowed.Coordinators
    public MunicipalityComparison comparison(@AuthenticationPrincipal ForumUser user,
                                             @RequestParam UUID networkId,
                                             @Parameter(description = "e.g. 2026-Q4; the current quarter if left out")
                                             @RequestParam(required = false) String quarter) {
        Quarter asked = quarter(quarter);
        return statistics.compare(Tenants.of(user), networkId, asked).orElseThrow(QueryProblems::notFound);
    }

    @Operation(summary = "The networks the own municipality belongs or belonged to, latest membership first")
    @GetMapping("/municipality/networks")
    @Readers.Municipality
    public Page<NetworkMembership> memberships(@AuthenticationPrincipal ForumUser user,
                                               @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return Page.slice(statistics.memberships(Tenants.of(user)), Paging.of(page, size));
    }

    private Quarter quarter(String quarter) {
        if (quarter == null) {
            return Quarter.of(clock.instant());
        }
        try {
            return Quarter.parse(quarter);
        } catch (IllegalArgumentException malformed) {
            throw QueryProblems.invalid("quarter", "must be written like 2026-Q4");
        }
    }
}
