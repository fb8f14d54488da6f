package forum.core.sanction;

import java.time.LocalDate;
import java.util.List;

/**
 * A venue's penalty points on a day: the breaches that count, each with its points and the day it falls out, the sum
 * and the days of withdrawal it means, and what one new breach of each type would bring.
 */
public record PointStanding(LocalDate on, int points, int withdrawalDays, List<CountedBreach> breaches,
                            List<Prospect> prospects) {

    public PointStanding {
        breaches = List.copyOf(breaches);
        prospects = List.copyOf(prospects);
    }

    public record CountedBreach(RecordedBreach breach, int points, LocalDate fallsOutOn) {
    }

    public record Prospect(String breachType, int points, int pointsAfter, int withdrawalDaysAfter) {
    }
}
