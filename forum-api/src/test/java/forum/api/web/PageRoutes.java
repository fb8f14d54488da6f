package forum.api.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import forum.api.security.PageAreas;
import forum.api.security.Role;
import forum.api.support.CaseFiles;

/** The application's page routes, read from its own request mappings, and who may use each. */
final class PageRoutes {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");
    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final Map<String, Role> AREAS = Map.of(PageAreas.NETWORK, Role.NETWORK_COORDINATOR,
            PageAreas.OPERATOR, Role.OPERATOR, PageAreas.AUDIT, Role.AUDITOR);
    /** The path variables that name a municipality's data: another municipality's value must read as not found. */
    private static final Set<String> TENANT_DATA = Set.of("forumId", "memberId", "meetingId", "actionItemId",
            "venueId", "issueId", "recommendationId", "invitationId", "accountId");

    private PageRoutes() {
    }

    record Route(RequestMethod method, String pattern, Set<Role> roles, boolean roleNamed, boolean refusal) {

        /** What a role the route admits gets: the page, or where it sends the person; the refusal page is a 403. */
        Set<Integer> admittedStatuses() {
            return refusal ? Set.of(403) : Set.of(200, 302);
        }

        boolean isGet() {
            return method == RequestMethod.GET;
        }

        boolean admits(Role role) {
            return roles.contains(role);
        }

        boolean namesTenantData() {
            Matcher variable = VARIABLE.matcher(pattern);
            while (variable.find()) {
                if (TENANT_DATA.contains(variable.group(1))) {
                    return true;
                }
            }
            return false;
        }

        /** The route's path with its variables filled from {@code ids}; a variable the walk cannot fill fails. */
        String path(Map<String, String> ids) {
            Matcher variable = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                String value = ids.get(variable.group(1));
                if (value == null) {
                    throw new AssertionError("The route walk has no value for {" + variable.group(1) + "} of "
                            + pattern + ": add it to PageRoutes.ids");
                }
                variable.appendReplacement(path, value);
            }
            return variable.appendTail(path).toString();
        }
    }

    /** Every GET and POST route of a {@link PageController}, in a stable order. */
    static List<Route> of(RequestMappingHandlerMapping mappings) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PageController.class)) {
                continue;
            }
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String pattern : mapping.getKey().getPathPatternsCondition().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (method == RequestMethod.GET || method == RequestMethod.POST) {
                        routes.add(route(method, pattern, handler.getMethod()));
                    }
                }
            }
        }
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }

    /** The ids of a seeded case file by the names routes give their path variables; any account id. */
    static Map<String, String> ids(CaseFiles.CaseFile file) {
        return ids(file, UUID.randomUUID());
    }

    /** The ids of a seeded case file and of an account of the same municipality. */
    static Map<String, String> ids(CaseFiles.CaseFile file, UUID accountId) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("forumId", file.forumId().toString());
        ids.put("memberId", file.memberId().toString());
        ids.put("meetingId", file.meetingId().toString());
        ids.put("actionItemId", file.actionItemId().toString());
        ids.put("venueId", file.venueId().toString());
        ids.put("issueId", file.issueId().toString());
        ids.put("recommendationId", file.recommendationId().toString());
        // No page opens an invitation by its id (forms only, which a role that may not send them is refused before
        // the id is read): a GET route naming one needs a real invitation here, or its own side fails.
        ids.put("invitationId", UUID.randomUUID().toString());
        ids.put("accountId", accountId.toString());
        // A network belongs to no municipality: the walk puts one the operator created in place of this.
        ids.put("networkId", UUID.randomUUID().toString());
        // A calendar feed's secret: one never given out, which any caller gets as not found.
        ids.put("token", UUID.randomUUID().toString());
        // A municipality's official key in a public member list's address: one nobody signed up with reads as not found.
        ids.put("municipalityKey", "SE-0000");
        return ids;
    }

    /** The roles of the handler's method-security annotation, within its page area's role if it lies in one. */
    private static Route route(RequestMethod method, String pattern, Method handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getDeclaringClass(), PreAuthorize.class);
        }
        Set<Role> roles = EnumSet.allOf(Role.class);
        if (rule != null) {
            roles = EnumSet.noneOf(Role.class);
            Matcher role = ROLE.matcher(rule.value());
            while (role.find()) {
                roles.add(Role.valueOf(role.group(1)));
            }
        }
        for (Map.Entry<String, Role> area : AREAS.entrySet()) {
            if (PATHS.match(area.getKey(), pattern)) {
                roles.retainAll(Set.of(area.getValue()));
            }
        }
        return new Route(method, pattern, roles, rule != null, handler.getDeclaringClass() == RefusalPage.class);
    }
}
