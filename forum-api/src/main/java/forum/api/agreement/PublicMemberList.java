package forum.api.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import forum.api.query.QueryProblems;
import forum.api.web.Language;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;
import forum.core.municipality.Country;
import forum.projections.agreement.Agreements;
import forum.projections.agreement.PublicVenue;
import forum.projections.municipality.MunicipalityKeys;
import forum.projections.municipality.MunicipalityKeys.KnownMunicipality;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A municipality's member venues for the public, named by its official key (SE-1780): green and orange venues
 * with name and address only, in the municipality's language; nothing about people or issues. The key is public
 * and reaches one municipality only (municipality_by_key); its venues are then read under its tenant.
 */
@PageController
class PublicMemberList {

    static final String PAGE = "/public/{municipalityKey}/venues";
    static final String EMBED = "/public/{municipalityKey}/venues/embed";
    static final String JSON = "/public/{municipalityKey}/venues.json";

    private static final List<String> WORDS = List.of("agreement.public.intro", "agreement.public.caption",
            "agreement.public.name", "agreement.public.address", "agreement.public.status", "agreement.public.none",
            "agreement.status.MEMBER", "agreement.status.JOINING", "agreement.status.LAPSING");

    private final MunicipalityKeys keys;
    private final Agreements agreements;
    private final MessageSource messages;
    private final Clock clock;

    PublicMemberList(MunicipalityKeys keys, Agreements agreements, MessageSource messages, Clock clock) {
        this.keys = keys;
        this.agreements = agreements;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String municipalityKey, Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("X-Frame-Options", "DENY");
        return render(municipalityKey, model, "agreement/public-list");
    }

    /** For an iframe on the municipality's own site, whichever that is: any site may frame it. */
    @GetMapping(EMBED)
    String embed(@PathVariable String municipalityKey, Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", "frame-ancestors *");
        return render(municipalityKey, model, "agreement/public-embed");
    }

    /**
     * For the municipality's site to show in its own way; any origin may read it. JSON whatever the client accepts
     * (the content type is set, not negotiated), while an unknown key answers as the pages' not-found.
     */
    @GetMapping(JSON)
    ResponseEntity<List<PublicVenue>> json(@PathVariable String municipalityKey) {
        Listed listed = listed(municipalityKey);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(listed.venues());
    }

    private String render(String municipalityKey, Model model, String template) {
        Listed listed = listed(municipalityKey);
        Locale locale = listed.language().locale();
        Map<String, String> words = new LinkedHashMap<>();
        WORDS.forEach(key -> words.put(key, messages.getMessage(key, null, locale)));
        model.addAttribute("lang", listed.language().tag());
        model.addAttribute("title", messages.getMessage("agreement.public.title",
                new Object[] {listed.municipality().name()}, locale));
        model.addAttribute("words", words);
        model.addAttribute("venues", listed.venues());
        return template;
    }

    private Listed listed(String municipalityKey) {
        KnownMunicipality municipality = keys.find(municipalityKey).orElseThrow(QueryProblems::notFound);
        Country country = countryOf(municipalityKey);
        LocalDate today = LocalDate.ofInstant(clock.instant(), SignedInMunicipality.zoneOf(country));
        return new Listed(municipality, Language.of(country), agreements.publicList(municipality.tenantId(), today));
    }

    /** Keys begin with their country (SE-1780); keys.find has accepted this one. */
    private static Country countryOf(String municipalityKey) {
        return Country.valueOf(municipalityKey.strip().substring(0, 2).toUpperCase(Locale.ROOT));
    }

    private record Listed(KnownMunicipality municipality, Language language, List<PublicVenue> venues) {
    }
}
