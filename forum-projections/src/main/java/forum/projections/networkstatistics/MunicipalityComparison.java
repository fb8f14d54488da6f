package forum.projections.networkstatistics;

import java.util.UUID;

/** A municipality's own figures for a quarter (nothing suppressed: they are its own) beside its network's medians. */
public record MunicipalityComparison(UUID networkId, String networkName, String quarter, String municipalityKey,
                                     String municipalityName, Figures own, Medians network) {
}
