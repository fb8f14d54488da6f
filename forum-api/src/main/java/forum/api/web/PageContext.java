package forum.api.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import forum.api.security.CurrentUser;
import forum.api.security.ForumUser;
import forum.projections.municipality.MunicipalityProfile;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the layout shows around every page: who is signed in, in which municipality and role, the navigation
 * their roles may use, and the language switcher. Templates read it as {@code @page}, so that also error pages,
 * which no controller of ours renders, have it.
 */
@Component("page")
public class PageContext {

    /** A link of the language switcher; {@code current} for the language the page is in. */
    public record LanguageLink(String tag, String ownName, String href, boolean current) {
    }

    private final SignedInMunicipality municipality;
    private final List<NavigationEntry> navigation;

    PageContext(SignedInMunicipality municipality, List<NavigationEntry> navigation) {
        this.municipality = municipality;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationEntry::position)).toList();
    }

    public Optional<ForumUser> user() {
        return CurrentUser.get();
    }

    public String municipalityName() {
        return municipality.profile().map(MunicipalityProfile::name).orElse(null);
    }

    /** Message keys of the person's roles, e.g. {@code role.COORDINATOR}. */
    public List<String> roleKeys() {
        return user().map(user -> user.roles().stream().sorted().map(role -> "role." + role.name()).toList())
                .orElse(List.of());
    }

    public List<NavigationEntry> navigation() {
        return user().map(user -> navigation.stream().filter(entry -> entry.shownTo(user)).toList()).orElse(List.of());
    }

    public boolean isCurrent(NavigationEntry entry) {
        return entry.path().equals(Pages.originalPath(request()).substring(request().getContextPath().length()));
    }

    public String lang() {
        return language().tag();
    }

    public List<LanguageLink> languages() {
        Language current = language();
        HttpServletRequest request = request();
        return Arrays.stream(Language.values())
                .map(language -> new LanguageLink(language.tag(), language.ownName(),
                        UriComponentsBuilder.fromPath(Pages.originalPath(request))
                                .query(Pages.originalQuery(request))
                                .replaceQueryParam(PageConfiguration.LANGUAGE_PARAMETER, language.tag())
                                .build().toUriString(),
                        language == current))
                .toList();
    }

    /** The CSRF header htmx sends with every request it makes, as the JSON of its hx-headers attribute. */
    public String htmxHeaders() {
        if (request().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
        }
        return null;
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale()).orElse(Language.ENGLISH);
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
