package forum.api.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Which requests are for pages: everything but the API, the actuator and the API's documentation. */
final class Pages {

    private static final String[] NOT_PAGES = {"/api/", "/actuator", "/v3/api-docs", "/swagger-ui"};

    private Pages() {
    }

    static boolean isPage(HttpServletRequest request) {
        String path = originalPath(request).substring(request.getContextPath().length());
        for (String prefix : NOT_PAGES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /** The path the person asked for, also while a refusal or an error page is shown for it. */
    static String originalPath(HttpServletRequest request) {
        for (String attribute : new String[]{RequestDispatcher.ERROR_REQUEST_URI, RequestDispatcher.FORWARD_REQUEST_URI}) {
            if (request.getAttribute(attribute) instanceof String path) {
                return path;
            }
        }
        return request.getRequestURI();
    }

    /** The query of the address the person asked for, or null. */
    static String originalQuery(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) instanceof String query) {
            return query;
        }
        return request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null ? null : request.getQueryString();
    }
}
