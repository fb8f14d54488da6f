package forum.api.web;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import forum.api.security.CurrentUser;
import forum.api.security.ForumUser;
import forum.core.municipality.Country;
import forum.projections.municipality.MunicipalityProfile;
import forum.projections.municipality.MunicipalityProfiles;

/**
 * The signed-in person's municipality, read once per request: the layout shows its name, its country gives the
 * default language and the time zone. Empty for the operator and a network coordinator, who belong to none, and
 * for the moment after a sign-up until the read model has it.
 */
@Component
public class SignedInMunicipality {

    /** The municipalities served lie in one time zone's territory each; the default where none is known. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");

    private static final String CACHED = SignedInMunicipality.class.getName();

    private final MunicipalityProfiles profiles;

    SignedInMunicipality(MunicipalityProfiles profiles) {
        this.profiles = profiles;
    }

    public Optional<MunicipalityProfile> profile() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read();
        }
        @SuppressWarnings("unchecked")
        Optional<MunicipalityProfile> cached = (Optional<MunicipalityProfile>) request.getAttribute(CACHED,
                RequestAttributes.SCOPE_REQUEST);
        if (cached == null) {
            cached = read();
            request.setAttribute(CACHED, cached, RequestAttributes.SCOPE_REQUEST);
        }
        return cached;
    }

    public Optional<Country> country() {
        return profile().map(municipality -> Country.valueOf(municipality.country()));
    }

    public ZoneId zone() {
        return country().map(SignedInMunicipality::zoneOf).orElse(DEFAULT_ZONE);
    }

    /** The zone of a municipality of the country, also where no one is signed in (a subscribed calendar). */
    public static ZoneId zoneOf(Country country) {
        return switch (country) {
            case DK -> ZoneId.of("Europe/Copenhagen");
            case SE -> ZoneId.of("Europe/Stockholm");
            case NO -> ZoneId.of("Europe/Oslo");
        };
    }

    private Optional<MunicipalityProfile> read() {
        return CurrentUser.get().map(ForumUser::tenantId).flatMap(profiles::of);
    }
}
