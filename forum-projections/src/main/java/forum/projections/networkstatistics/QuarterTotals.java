package forum.projections.networkstatistics;

/**
 * A network's totals of one quarter, for its trend across quarters: how many municipalities were members, meetings
 * held, issues observed, recommendations issued, decisions recorded and venues registered. A sum over categories
 * (kinds, outcomes) is suppressed when it is small or when any of its parts is small on that quarter's dashboard:
 * beside the parts it would otherwise give a suppressed part away by subtraction.
 */
public record QuarterTotals(String quarter, int municipalities, Cell meetingsHeld, Cell issues, Cell recommendations,
                            Cell decisions, Cell venuesRegistered) {
}
