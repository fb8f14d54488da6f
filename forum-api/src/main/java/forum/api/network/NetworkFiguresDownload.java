package forum.api.network;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

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
import forum.api.web.SpreadsheetCsv;
import forum.projections.networkstatistics.NetworkDashboard;
import forum.projections.networkstatistics.NetworkStatistics;
import forum.projections.networkstatistics.Quarter;

/**
 * The network dashboard's figures of a quarter as a CSV file ({@link FiguresCsv}) and as a printed report with
 * charts ({@link NetworkReportPdf}).
 */
@PageController
class NetworkFiguresDownload {

    private final NetworkStatistics statistics;
    private final FiguresCsv csv;
    private final NetworkReportPdf report;
    private final Clock clock;

    NetworkFiguresDownload(NetworkStatistics statistics, FiguresCsv csv, NetworkReportPdf report, Clock clock) {
        this.statistics = statistics;
        this.csv = csv;
        this.report = report;
        this.clock = clock;
    }

    /** Without a network, or with a quarter it cannot read, to the dashboard, which says so in the page's language. */
    @GetMapping(NetworkDashboardPages.PATH + "/figures.csv")
    @Readers.NetworkCoordinators
    ResponseEntity<byte[]> figures(@AuthenticationPrincipal ForumUser user,
                                   @RequestParam(required = false) String quarter, Locale locale) {
        return download(user, quarter, SpreadsheetCsv.MEDIA_TYPE, (dashboard, chosen) -> csv.of(dashboard, locale),
                FiguresCsv::fileName);
    }

    /** The same figures printed, each table with its chart, and the trend of the quarters before. */
    @GetMapping(NetworkDashboardPages.PATH + "/report.pdf")
    @Readers.NetworkCoordinators
    ResponseEntity<byte[]> report(@AuthenticationPrincipal ForumUser user,
                                  @RequestParam(required = false) String quarter, Locale locale) {
        return download(user, quarter, MediaType.APPLICATION_PDF, (dashboard, chosen) -> report.of(dashboard, chosen,
                statistics.trend(user.networkId(), chosen, NetworkDashboardPages.TREND_QUARTERS)
                        .orElseThrow(NetworkDashboardPages::notFound), locale), NetworkReportPdf::fileName);
    }

    private ResponseEntity<byte[]> download(ForumUser user, String quarter, MediaType type,
                                            BiFunction<NetworkDashboard, Quarter, byte[]> document,
                                            Function<NetworkDashboard, String> fileName) {
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
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName.apply(dashboard)).build().toString())
                .body(document.apply(dashboard, chosen));
    }

    private static ResponseEntity<byte[]> toDashboard(String quarter) {
        return ResponseEntity.status(302).location(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(NetworkDashboardPages.PATH).queryParamIfPresent("quarter", Optional.ofNullable(quarter))
                .encode().build().toUri()).build();
    }
}
