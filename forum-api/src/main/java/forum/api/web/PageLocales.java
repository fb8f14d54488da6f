package forum.api.web;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page's language: the person's own choice (the language switcher, remembered in a cookie), else their
 * municipality's country, else the browser's Accept-Language, else English. The API and the actuator keep the
 * container's resolution from Accept-Language alone: their messages do not change with a municipality's country.
 */
class PageLocales implements LocaleResolver {

    static final String COOKIE = "forum-language";
    private static final String CHOSEN = PageLocales.class.getName() + ".chosen";

    private final SignedInMunicipality municipality;
    private final LocaleResolver outsidePages = new AcceptHeaderLocaleResolver();

    PageLocales(SignedInMunicipality municipality) {
        this.municipality = municipality;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (!Pages.isPage(request)) {
            return outsidePages.resolveLocale(request);
        }
        return chosen(request)
                .or(() -> municipality.country().map(Language::of))
                .or(() -> Collections.list(request.getLocales()).stream()
                        .map(Language::of).flatMap(Optional::stream).findFirst())
                .orElse(Language.ENGLISH)
                .locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<Language> language = locale == null ? Optional.empty() : Language.ofTag(locale.toLanguageTag());
        if (language.isEmpty() || response == null) {
            return;
        }
        request.setAttribute(CHOSEN, language.get());
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, language.get().tag())
                .path("/").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").build().toString());
    }

    private static Optional<Language> chosen(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Language language) {
            return Optional.of(language);
        }
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        return Language.ofTag(cookie == null ? null : cookie.getValue());
    }
}
