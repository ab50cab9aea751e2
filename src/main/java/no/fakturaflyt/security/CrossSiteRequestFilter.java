package no.fakturaflyt.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request to our API that a browser may have sent from another site with the user's stored
 * HTTP Basic credentials (cross-site request forgery). A browser sends a cross-site form or a body-less request
 * without asking first; it asks the server (CORS preflight, which this application never allows) before it sends a
 * custom header or a JSON body. So a POST, PUT, PATCH or DELETE to {@code /api/**} is taken when
 * <ul>
 * <li>the browser says it comes from this site ({@code Sec-Fetch-Site: same-origin} or {@code none}, e.g. Swagger
 * UI), or</li>
 * <li>it says nothing of the kind (a script, another server, an older browser), carries no foreign {@code Origin},
 * and has the header {@value #HEADER} or a JSON body.</li>
 * </ul>
 * Everything else is a 403 problem, answered before any login is tried.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ObjectMapper json;

    CrossSiteRequestFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))
                || !(path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal);
        problem.setTitle("Cross-site request refused");
        problem.setProperties(Map.of("header", HEADER));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Why the request is refused, or null when it is taken. */
    static String refusal(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            String value = site.trim().toLowerCase(Locale.ROOT);
            return value.equals("same-origin") || value.equals("none") ? null
                    : "A change to the API from another site (Sec-Fetch-Site: " + site + ") is refused";
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null") && !sameOrigin(origin, request)) {
            return "A change to the API from another origin (" + origin + ") is refused";
        }
        if (origin != null && origin.equals("null")) {
            return "A change to the API from an opaque origin is refused";
        }
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return null;
        }
        String contentType = request.getContentType();
        if (contentType != null && isJson(contentType)) {
            return null;
        }
        return "A change to the API needs the header " + HEADER + " (any value, e.g. XMLHttpRequest) or a JSON body";
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || (type.getType().equals("application") && type.getSubtype().endsWith("+json"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port
                    && request.getScheme().equalsIgnoreCase(uri.getScheme());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
