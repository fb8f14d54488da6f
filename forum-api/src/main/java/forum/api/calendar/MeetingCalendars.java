package forum.api.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import forum.api.access.Tenants;
import forum.api.meeting.MeetingReaders;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.security.UserAccounts;
import forum.api.web.SignedInMunicipality;
import forum.core.municipality.Country;
import forum.projections.forum.ForumSummary;
import forum.projections.forum.Forums;
import forum.projections.meeting.CalendarEntries;
import forum.projections.meeting.CalendarEntry;
import forum.projections.municipality.MunicipalityProfiles;

/**
 * What a calendar gets: a meeting the person reads on its page, or a feed's meetings. A person's feed holds the
 * meetings of the forums the person reads now (as the meeting pages decide, with the account as it is now: a
 * disabled or expired account's feed is not found); a forum's feed that forum's. Both from a year back on.
 */
@Service
class MeetingCalendars {

    /** How far back a feed reaches: a calendar keeps what it had, and the past year is what people look up. */
    static final Duration FEED_HISTORY = Duration.ofDays(366);

    private final MeetingReaders readers;
    private final CalendarEntries entries;
    private final CalendarFeeds feeds;
    private final CalendarDocuments documents;
    private final UserAccounts accounts;
    private final Forums forums;
    private final MunicipalityProfiles municipalities;
    private final Clock clock;

    MeetingCalendars(MeetingReaders readers, CalendarEntries entries, CalendarFeeds feeds, CalendarDocuments documents,
                     UserAccounts accounts, Forums forums, MunicipalityProfiles municipalities, Clock clock) {
        this.readers = readers;
        this.entries = entries;
        this.feeds = feeds;
        this.documents = documents;
        this.accounts = accounts;
        this.forums = forums;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** The meeting's .ics; not found where its page is not found. */
    String meeting(ForumUser user, UUID meetingId, Locale locale, URI pages) {
        UUID tenantId = Tenants.of(user);
        readers.meeting(user, meetingId);
        CalendarEntry entry = entries.entry(tenantId, meetingId).orElseThrow(QueryProblems::notFound);
        return documents.meeting(entry, new CalendarDocuments.Reading(zone(tenantId), locale, pages));
    }

    /** The feed of the token; empty when no feed has it, or its person or forum is gone. */
    Optional<String> feed(String token, URI pages) {
        return feeds.byToken(token).flatMap(feed -> {
            Locale locale = feed.language().locale();
            var reading = new CalendarDocuments.Reading(zone(feed.tenantId()), locale, pages);
            var since = clock.instant().minus(FEED_HISTORY);
            if (feed.forumId() != null) {
                return forums.detail(feed.tenantId(), feed.forumId()).map(forum -> documents.feed(
                        documents.words("calendar.feed.forum.name", locale, forum.name()),
                        entries.ofForums(feed.tenantId(), List.of(forum.forumId()), since), reading));
            }
            return feeds.username(feed.tenantId(), feed.accountId())
                    .flatMap(accounts::find)
                    .filter(person -> feed.tenantId().equals(person.tenantId()))
                    .map(person -> documents.feed(documents.words("calendar.feed.person.name", locale),
                            entries.ofForums(feed.tenantId(), readers.forumsOf(person).stream()
                                    .map(ForumSummary::forumId).toList(), since), reading));
        });
    }

    private ZoneId zone(UUID tenantId) {
        return municipalities.of(tenantId).map(profile -> Country.valueOf(profile.country()))
                .map(SignedInMunicipality::zoneOf).orElse(ZoneId.of("Europe/Stockholm"));
    }
}
