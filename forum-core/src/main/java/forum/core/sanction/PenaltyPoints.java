package forum.core.sanction;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Norway's prikktildeling as data: the points of each breach type, the window the points are summed over (counted
 * from each breach's date), the sum that withdraws the licence and for how many days, and the days added for points
 * beyond each full withdrawal sum ({@code extraDays}: from that many extra points, that many days).
 */
public record PenaltyPoints(Map<String, Integer> breachPoints, int windowYears, int withdrawalAt, int withdrawalDays,
                            NavigableMap<Integer, Integer> extraDays) {

    public PenaltyPoints {
        breachPoints = Collections.unmodifiableMap(new LinkedHashMap<>(breachPoints));
        extraDays = Collections.unmodifiableNavigableMap(new TreeMap<>(extraDays));
    }

    public boolean knows(String breachType) {
        return breachPoints.containsKey(breachType);
    }

    public int pointsFor(String breachType) {
        Integer points = breachPoints.get(breachType);
        if (points == null) {
            throw new IllegalArgumentException("No such breach type: " + breachType);
        }
        return points;
    }

    /** The first day a breach of {@code committedOn} no longer counts. */
    public LocalDate fallsOutOn(LocalDate committedOn) {
        return committedOn.plusYears(windowYears);
    }

    public boolean counts(LocalDate committedOn, LocalDate on) {
        return !committedOn.isAfter(on) && on.isBefore(fallsOutOn(committedOn));
    }

    /** Days of withdrawal for a sum of points: none below the threshold, a week per full 12, days for the rest. */
    public int withdrawalDaysFor(int points) {
        if (points < withdrawalAt) {
            return 0;
        }
        Map.Entry<Integer, Integer> rest = extraDays.floorEntry(points % withdrawalAt);
        return points / withdrawalAt * withdrawalDays + (rest == null ? 0 : rest.getValue());
    }
}
