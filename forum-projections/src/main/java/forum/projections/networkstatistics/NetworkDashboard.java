package forum.projections.networkstatistics;

import java.util.List;
import java.util.UUID;

/**
 * A network's quarter as its coordinator sees it: one row per municipality that was a member at any time
 * in the quarter (sorted by name), the network's totals and its medians. Counts of 1 or 2 are suppressed, and a
 * total whose part is.
 */
public record NetworkDashboard(UUID networkId, String networkName, String quarter,
                               List<MunicipalityFigures> municipalities, Figures totals, Medians medians) {

    public NetworkDashboard {
        municipalities = List.copyOf(municipalities);
    }
}
