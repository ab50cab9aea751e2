package no.fakturaflyt.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Keeps the HTTP request being served at hand for {@link ThrottledIdentityService}, whichever door the password
 * check comes through (our API, engine REST, the webapps' login, and the error page after a refusal), so that every
 * door counts failures under the same client address.
 */
class ClientRequestFilter implements Filter {

    private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

    static Optional<HttpServletRequest> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest before = CURRENT.get();
        if (request instanceof HttpServletRequest http) {
            CURRENT.set(http);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }
}
