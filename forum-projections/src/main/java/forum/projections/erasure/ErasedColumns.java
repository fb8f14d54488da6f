package forum.projections.erasure;

import java.util.List;
import java.util.Map;

/**
 * Where the read models keep each kind of data subject's personal values: the statements that put "erased" in their
 * place, given the subject's id ({@code :id}), the tenant ({@code :tenant}) and the erased marker ({@code :erased}).
 * A nullable column stays null where it was (no value is not an erased value). ErasedColumnsIT checks that every
 * personal column named in docs/privacy.md is covered.
 */
final class ErasedColumns {

    private static final Map<String, List<String>> BY_KIND = Map.of(
            "coordinator", List.of("""
                    update municipality_profile set coordinator_name = :erased, coordinator_email = :erased
                    where tenant_id = :tenant and tenant_id = :id"""),
            "member", List.of("""
                    update forum_member set person_name = :erased, email = case when email is null then null else :erased end
                    where tenant_id = :tenant and member_id = :id"""),
            "meeting", List.of("""
                    update meeting set minutes = case when minutes is null then null else :erased end,
                        cancellation_reason = case when cancellation_reason is null then null else :erased end
                    where tenant_id = :tenant and meeting_id = :id""", """
                    update meeting_decision set text = :erased where tenant_id = :tenant and meeting_id = :id"""),
            "action-item", List.of("""
                    update meeting_action_item set what = :erased where tenant_id = :tenant and action_item_id = :id""", """
                    update action_item set what = :erased where tenant_id = :tenant and action_item_id = :id"""),
            "licence-holder", List.of("""
                    update venue set licence_holder = :erased where tenant_id = :tenant and venue_id = :id""", """
                    update venue_timeline_entry set free_text = :erased
                    where tenant_id = :tenant and venue_id = :id and kind in ('VENUE_REGISTERED', 'VENUE_DETAILS_UPDATED')
                      and free_text is not null"""),
            "issue", List.of("""
                    update venue_issue set description = :erased,
                        resolution = case when resolution is null then null else :erased end
                    where tenant_id = :tenant and issue_id = :id""", """
                    update venue_timeline_entry set free_text = :erased
                    where tenant_id = :tenant and subject_id = :id and kind in ('ISSUE_REGISTERED', 'ISSUE_RESOLVED')
                      and free_text is not null"""),
            "recommendation", List.of("""
                    update venue_recommendation set rationale = :erased,
                        revocation_reason = case when revocation_reason is null then null else :erased end
                    where tenant_id = :tenant and recommendation_id = :id""", """
                    update venue_timeline_entry set free_text = :erased
                    where tenant_id = :tenant and subject_id = :id
                      and kind in ('RECOMMENDATION_ISSUED', 'RECOMMENDATION_REVOKED') and free_text is not null"""),
            "agreement", List.of("""
                    update venue_agreement set signed_for_venue = :erased, signed_for_municipality = :erased,
                        other_commitments = case when other_commitments is null then null else :erased end,
                        end_note = case when end_note is null then null else :erased end
                    where tenant_id = :tenant and agreement_id = :id"""));

    private ErasedColumns() {
    }

    /** The statements for a kind of subject; none for a kind that no read model keeps. */
    static List<String> of(String kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }

    static java.util.Set<String> kinds() {
        return BY_KIND.keySet();
    }
}
