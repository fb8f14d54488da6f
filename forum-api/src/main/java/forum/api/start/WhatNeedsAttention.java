package forum.api.start;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import forum.api.start.Attention.OverdueActionItem;
import forum.projections.actionitem.ActionItemBoards;
import forum.projections.forum.Forums;
import forum.projections.meeting.MeetingCalendar;
import forum.projections.meeting.MeetingFilter;
import forum.projections.meeting.MeetingStatus;
import forum.projections.meeting.MeetingSummary;
import forum.projections.paging.PageQuery;
import forum.projections.paging.ResultPage;
import forum.projections.venue.VenueRegister;
import forum.projections.venue.VenueStatusFilter;
import forum.projections.venue.VenueSummary;

/** Reads the start page's lists from the read models the API's queries read. */
@Service
class WhatNeedsAttention {

    /** Venues listed on the start page; the register page shows them all. */
    static final int VENUES_SHOWN = 10;

    private final MeetingCalendar calendar;
    private final Forums forums;
    private final ActionItemBoards boards;
    private final VenueRegister venues;
    private final Clock clock;

    WhatNeedsAttention(MeetingCalendar calendar, Forums forums, ActionItemBoards boards, VenueRegister venues,
                       Clock clock) {
        this.calendar = calendar;
        this.forums = forums;
        this.boards = boards;
        this.venues = venues;
        this.clock = clock;
    }

    Attention of(UUID tenantId, ZoneId zone) {
        Instant now = clock.instant();
        ResultPage<VenueSummary> withOpenIssues = venues.venues(tenantId, VenueStatusFilter.WITH_OPEN_ISSUES,
                PageQuery.first(VENUES_SHOWN));
        return new Attention(nextMeeting(tenantId), overdue(tenantId, LocalDate.ofInstant(now, zone)),
                withOpenIssues.items(), withOpenIssues.totalItems(), awaitingDecision(tenantId));
    }

    /** The next meeting not cancelled, or null. */
    MeetingSummary nextMeeting(UUID tenantId) {
        return calendar.upcoming(tenantId, clock.instant(), MeetingFilter.none(), PageQuery.first(20)).items().stream()
                .filter(meeting -> meeting.status() != MeetingStatus.CANCELLED)
                .findFirst().orElse(null);
    }

    /** Recommendations the forum issued and has not revoked, on which the licensing authority has not decided. */
    List<VenueSummary> awaitingDecision(UUID tenantId) {
        return venues.venues(tenantId, VenueStatusFilter.WITH_ACTIVE_RECOMMENDATION, PageQuery.first(PageQuery.MAX_SIZE))
                .items().stream()
                .filter(venue -> venue.currentRecommendation().decidedAt() == null)
                .toList();
    }

    private List<OverdueActionItem> overdue(UUID tenantId, LocalDate today) {
        return forums.list(tenantId).stream()
                .flatMap(forum -> boards.board(tenantId, forum.forumId(), today).overdue().stream()
                        .map(item -> new OverdueActionItem(forum.name(), item)))
                .sorted(Comparator.comparing(overdue -> overdue.item().due()))
                .toList();
    }
}
