package forum.api.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a page session whose account was deactivated (or whose access ended) since it signed in, and gives a
 * session the roles its account has now. The API keeps no sessions: Basic signs in on every request, and bearer
 * tokens are the identity provider's to end, and so are the page sessions it signed in (they have no account here).
 */
final class SessionAccountCheck extends OncePerRequestFilter {

    private final SessionAccounts accounts;

    SessionAccountCheck(SessionAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/") || request.getSession(false) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SecurityContext context = SecurityContextHolder.getContext();
        if (session == null || context.getAuthentication() == null
                || !(context.getAuthentication().getPrincipal() instanceof ForumUser signedIn)
                || ProviderSignIn.throughProvider(context.getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ForumUser> now = accounts.current(signedIn.getUsername());
        if (now.isEmpty()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + PageSecurity.SIGN_IN);
            return;
        }
        if (!now.get().roles().equals(signedIn.roles())) {
            UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(
                    now.get(), null, now.get().getAuthorities());
            renewed.setDetails(context.getAuthentication().getDetails());
            SecurityContext updated = SecurityContextHolder.createEmptyContext();
            updated.setAuthentication(renewed);
            SecurityContextHolder.setContext(updated);
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, updated);
        }
        chain.doFilter(request, response);
    }
}
