package forum.api.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import forum.core.shared.DomainRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page's failure answers a page in the person's language: 404 for what does not exist (or is another
 * municipality's, which looks the same), 403 for what the role may not use, otherwise the error page of the
 * status. Applies to {@link PageController}s and to paths of no controller asked for by a browser; the API's
 * failures stay problem details.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @Override
    public int getOrder() {
        // After Boot's DefaultErrorAttributes, which only records the failure, before the API's advice.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!forPages(request, handler)) {
            return null;
        }
        HttpStatusCode status = statusOf(failure);
        if (status.is5xxServerError()) {
            log.error("A page failed: {} {}", request.getMethod(), request.getRequestURI(), failure);
        }
        response.setStatus(status.value());
        String view = switch (status.value()) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> status.is4xxClientError() ? "error/4xx" : "error/5xx";
        };
        return new ModelAndView(view, HttpStatus.valueOf(status.value()));
    }

    private static boolean forPages(HttpServletRequest request, Object handler) {
        if (handler instanceof HandlerMethod method) {
            return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PageController.class);
        }
        String accept = request.getHeader("Accept");
        return Pages.isPage(request) && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static HttpStatusCode statusOf(Exception failure) {
        if (failure instanceof NoResourceFoundException || failure instanceof AggregateNotFoundException
                || failure instanceof DomainRuleViolation violation && violation.kind() == DomainRuleViolation.Kind.NOT_FOUND) {
            return HttpStatus.NOT_FOUND;
        }
        if (failure instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (failure instanceof ErrorResponse answered) {
            return answered.getStatusCode();
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
