package de.landkreis.integrationsmonitor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leads an analyst whose password was generated (first start) or set by an administrator to „Kennwort ändern“: every
 * other page redirects there until the password is changed. Asked per request, so the change takes effect at once.
 * Never a directory account, even if a local account of the same name appears while it is logged in.
 */
final class PasswordChangeRequired extends OncePerRequestFilter {

    static final String PAGE = "/kennwort";
    /** What stays reachable meanwhile: the page itself, logging out, and what every page loads. */
    private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/css/", "/js/", "/favicon.ico",
            "/error", "/actuator/health");

    private final AnalystAccounts accounts;

    PasswordChangeRequired(AnalystAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
                && OPEN.stream().noneMatch(path::startsWith) && !DirectoryLogin.isDirectoryAccount(user)
                && accounts.mustChangePassword(user.getName())) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
