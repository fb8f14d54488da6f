package forum.projections.networkstatistics;

/** One member municipality's row on a network dashboard, named by its name and key (e.g. {@code SE-1780}). */
public record MunicipalityFigures(String municipalityKey, String name, Figures figures) {
}
