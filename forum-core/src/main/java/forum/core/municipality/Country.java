package forum.core.municipality;

import java.util.regex.Pattern;

/** Countries served, each with the format of its official municipality number. */
public enum Country {
    /** Kommunekode, 3 digits (e.g. 101 København). */
    DK("\\d{3}"),
    /** Kommunkod, 4 digits (e.g. 1780 Karlstad). */
    SE("\\d{4}"),
    /** Kommunenummer, 4 digits (e.g. 0301 Oslo). */
    NO("\\d{4}");

    private final Pattern officialCodeFormat;

    Country(String officialCodeFormat) {
        this.officialCodeFormat = Pattern.compile(officialCodeFormat);
    }

    public boolean isOfficialCode(String code) {
        return code != null && officialCodeFormat.matcher(code).matches();
    }
}
