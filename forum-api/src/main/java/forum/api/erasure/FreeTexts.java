package forum.api.erasure;

import java.util.List;

/**
 * The free texts that may name a person, each with its data subject: where a query looks for them and what it
 * answers (the row's id, its context, when and by whom it was recorded where the case timeline says, and the text).
 * {@code %s} is where the text column's match goes.
 */
final class FreeTexts {

    interface Each {
        void text(String kind, String table, String subjectKind, String sql);
    }

    private record Text(String kind, String table, String subjectKind, String sql) {
    }

    /** Who recorded a venue's event, from its case timeline entry of that kind about that subject. */
    private static String recordedBy(String kind, String venue, String subject) {
        return """
                left join venue_timeline_entry t on t.tenant_id = :tenant and t.venue_id = %s and t.kind = '%s'%s
                left join user_account u on cast(u.user_id as text) = t.actor""".formatted(venue, kind,
                subject == null ? "" : " and t.subject_id = " + subject);
    }

    private static String issue(String column, String at, String timelineKind) {
        return """
                select i.issue_id as id, v.name as context, i.%2$s as recorded_at, null as ended_at,
                       u.display_name as recorded_by, i.%1$s
                from venue_issue i join venue v on v.tenant_id = i.tenant_id and v.venue_id = i.venue_id
                %3$s
                where i.tenant_id = :tenant and %%s""".formatted(column, at,
                recordedBy(timelineKind, "i.venue_id", "i.issue_id"));
    }

    private static String recommendation(String column, String at, String timelineKind) {
        return """
                select r.recommendation_id as id, v.name as context, r.%2$s as recorded_at, null as ended_at,
                       u.display_name as recorded_by, r.%1$s
                from venue_recommendation r join venue v on v.tenant_id = r.tenant_id and v.venue_id = r.venue_id
                %3$s
                where r.tenant_id = :tenant and %%s""".formatted(column, at,
                recordedBy(timelineKind, "r.venue_id", "r.recommendation_id"));
    }

    private static String meeting(String column, String at) {
        return """
                select m.meeting_id as id, f.name as context, m.%2$s as recorded_at, null as ended_at,
                       null as recorded_by, m.%1$s
                from meeting m join forum f on f.tenant_id = m.tenant_id and f.forum_id = m.forum_id
                where m.tenant_id = :tenant and %%s""".formatted(column, at);
    }

    private static final List<Text> TEXTS = List.of(
            new Text("issue-description", "venue_issue", "issue",
                    issue("description", "registered_at", "ISSUE_REGISTERED").formatted(Match.of("i.description"))),
            new Text("issue-resolution", "venue_issue", "issue",
                    issue("resolution", "resolved_at", "ISSUE_RESOLVED").formatted(Match.of("i.resolution"))),
            new Text("recommendation-rationale", "venue_recommendation", "recommendation",
                    recommendation("rationale", "issued_at", "RECOMMENDATION_ISSUED")
                            .formatted(Match.of("r.rationale"))),
            new Text("recommendation-revocation", "venue_recommendation", "recommendation",
                    recommendation("revocation_reason", "revoked_at", "RECOMMENDATION_REVOKED")
                            .formatted(Match.of("r.revocation_reason"))),
            new Text("licence-holder", "venue", "licence-holder", """
                    select v.venue_id as id, v.name as context, v.registered_at as recorded_at, null as ended_at,
                           u.display_name as recorded_by, v.licence_holder
                    from venue v
                    %s
                    where v.tenant_id = :tenant and %s""".formatted(
                    recordedBy("VENUE_REGISTERED", "v.venue_id", null), Match.of("v.licence_holder"))),
            // A former licence holder is kept only in the case timeline, at the registration or a change of details
            // (the same data subject as the current holder).
            new Text("former-licence-holder", "venue_timeline_entry", "licence-holder", """
                    select t.venue_id as id, v.name as context, t.occurred_at as recorded_at, null as ended_at,
                           u.display_name as recorded_by, t.free_text
                    from venue_timeline_entry t
                    join venue v on v.tenant_id = t.tenant_id and v.venue_id = t.venue_id
                    left join user_account u on cast(u.user_id as text) = t.actor
                    where t.tenant_id = :tenant and t.kind in ('VENUE_REGISTERED', 'VENUE_DETAILS_UPDATED')
                      and t.free_text_label = 'licenceHolder' and t.free_text <> v.licence_holder and %s"""
                    .formatted(Match.of("t.free_text"))),
            new Text("meeting-minutes", "meeting", "meeting",
                    meeting("minutes", "minutes_recorded_at").formatted(Match.of("m.minutes"))),
            new Text("meeting-cancellation", "meeting", "meeting",
                    meeting("cancellation_reason", "cancelled_at").formatted(Match.of("m.cancellation_reason"))),
            new Text("meeting-decision", "meeting_decision", "meeting", """
                    select d.meeting_id as id, f.name as context, d.recorded_at, null as ended_at,
                           null as recorded_by, d.text
                    from meeting_decision d
                    join meeting m on m.tenant_id = d.tenant_id and m.meeting_id = d.meeting_id
                    join forum f on f.tenant_id = m.tenant_id and f.forum_id = m.forum_id
                    where d.tenant_id = :tenant and %s""".formatted(Match.of("d.text"))),
            new Text("action-item", "action_item", "action-item", """
                    select a.action_item_id as id, f.name as context, a.assigned_at as recorded_at,
                           a.completed_at as ended_at, null as recorded_by, a.what
                    from action_item a
                    join meeting m on m.tenant_id = a.tenant_id and m.meeting_id = a.meeting_id
                    join forum f on f.tenant_id = m.tenant_id and f.forum_id = m.forum_id
                    where a.tenant_id = :tenant and %s""".formatted(Match.of("a.what"))));

    private FreeTexts() {
    }

    static void each(Each each) {
        TEXTS.forEach(text -> each.text(text.kind(), text.table(), text.subjectKind(), text.sql()));
    }
}
