package forum.api.venue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.web.PersonalValues;
import forum.api.web.SignedInMunicipality;
import forum.api.web.SpreadsheetCsv;
import forum.projections.paging.PageQuery;
import forum.projections.paging.ResultPage;
import forum.projections.venue.IssueFilter;
import forum.projections.venue.VenueIssue;
import forum.projections.venue.VenueRegister;
import forum.projections.venue.VenueStatusFilter;
import forum.projections.venue.VenueSummary;

/**
 * The municipality's venue register and issue list as CSV files ({@link SpreadsheetCsv}), read from the register
 * the pages and the JSON API read, with the same free-text rule: a forum member's file has no description or
 * resolution column. The header row and the values of kinds are fixed codes, the same in every language (the
 * register's column names are the import's, so a file goes back in: docs/documents.md); times are ISO-8601 in the
 * municipality's time zone.
 */
@Component
class VenueCsvExport {

    static final List<String> REGISTER_HEADER = List.of("licenceNumber", "name", "address", "licenceKind",
            "openIssues", "lastIssueCategory", "lastIssueObservedAt", "currentRecommendation",
            "latestDecision", "latestDecisionFrom", "latestDecisionTo", "closedOn");

    private final VenueRegister register;
    private final SignedInMunicipality municipality;
    private final PersonalValues personal;

    VenueCsvExport(VenueRegister register, SignedInMunicipality municipality, PersonalValues personal) {
        this.register = register;
        this.municipality = municipality;
        this.personal = personal;
    }

    byte[] register(ForumUser user, Locale locale) {
        List<List<String>> rows = all(query -> register.venues(Tenants.of(user), VenueStatusFilter.ALL, query),
                venue -> List.of(venue.licenceNumber(), venue.name(), venue.address(), venue.licenceKind().name(),
                        Integer.toString(venue.openIssueCount()),
                        venue.lastIssue() == null ? "" : venue.lastIssue().category().name(),
                        venue.lastIssue() == null ? "" : time(venue.lastIssue().observedAt()),
                        venue.currentRecommendation() == null ? "" : venue.currentRecommendation().kind().name(),
                        venue.latestDecision() == null ? "" : venue.latestDecision().outcome().name(),
                        venue.latestDecision() == null ? "" : date(venue.latestDecision().from()),
                        venue.latestDecision() == null ? "" : date(venue.latestDecision().to()),
                        date(venue.closedOn())));
        return SpreadsheetCsv.of(REGISTER_HEADER, rows, locale);
    }

    byte[] issues(ForumUser user, Locale locale) {
        boolean freeText = Readers.readsCaseFreeText(user);
        List<String> header = new ArrayList<>(List.of("observedAt", "venue", "category", "severity", "source",
                "registeredAt", "resolvedAt"));
        if (freeText) {
            header.addAll(List.of("description", "resolution"));
        }
        List<List<String>> rows = all(query -> register.issues(Tenants.of(user), IssueFilter.none(), query),
                issue -> {
                    List<String> row = new ArrayList<>(List.of(time(issue.observedAt()), issue.venueName(),
                            issue.category().name(), issue.severity().name(), issue.source().name(),
                            time(issue.registeredAt()), time(issue.resolvedAt())));
                    if (freeText) {
                        row.add(nullToEmpty(personal.text(issue.description())));
                        row.add(nullToEmpty(personal.text(issue.resolution())));
                    }
                    return row;
                });
        return SpreadsheetCsv.of(header, rows, locale);
    }

    private static <T> List<List<String>> all(Function<PageQuery, ResultPage<T>> read,
                                              Function<T, List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        ResultPage<T> page = read.apply(PageQuery.first(PageQuery.MAX_SIZE));
        while (true) {
            page.items().forEach(item -> rows.add(row.apply(item)));
            if (!page.hasNext()) {
                return rows;
            }
            page = read.apply(new PageQuery(page.number() + 1, PageQuery.MAX_SIZE));
        }
    }

    private String time(Instant instant) {
        ZoneId zone = municipality.zone();
        return instant == null ? "" : instant.atZone(zone).toOffsetDateTime().withNano(0).toString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
