package forum.api.network;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import forum.api.access.Readers;
import forum.api.security.ForumUser;
import forum.api.web.PageController;
import forum.projections.networkstatistics.NetworkDashboard;
import forum.projections.networkstatistics.NetworkStatistics;
import forum.projections.networkstatistics.Quarter;

/** The network dashboard's figures of a quarter as a CSV file ({@link FiguresCsv}). */
@PageController
class NetworkFiguresDownload {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final NetworkStatistics statistics;
    private final FiguresCsv csv;
    private final Clock clock;

    NetworkFiguresDownload(NetworkStatistics statistics, FiguresCsv csv, Clock clock) {
        this.statistics = statistics;
        this.csv = csv;
        this.clock = clock;
    }

    /** Without a network, or with a quarter it cannot read, to the dashboard, which says so in the page's language. */
    @GetMapping(NetworkDashboardPages.PATH + "/figures.csv")
    @Readers.NetworkCoordinators
    ResponseEntity<byte[]> figures(@AuthenticationPrincipal ForumUser user,
                                   @RequestParam(required = false) String quarter, Locale locale) {
        Quarter chosen;
        try {
            chosen = quarter == null || quarter.isBlank() ? Quarter.of(clock.instant()) : Quarter.parse(quarter);
        } catch (IllegalArgumentException malformed) {
            return toDashboard(quarter);
        }
        if (user.networkId() == null) {
            return toDashboard(null);
        }
        NetworkDashboard dashboard = statistics.dashboard(user.networkId(), chosen)
                .orElseThrow(NetworkDashboardPages::notFound);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(FiguresCsv.fileName(dashboard)).build().toString())
                .body(csv.of(dashboard, locale));
    }

    private static ResponseEntity<byte[]> toDashboard(String quarter) {
        return ResponseEntity.status(302).location(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(NetworkDashboardPages.PATH).queryParamIfPresent("quarter", Optional.ofNullable(quarter))
                .encode().build().toUri()).build();
    }
}
