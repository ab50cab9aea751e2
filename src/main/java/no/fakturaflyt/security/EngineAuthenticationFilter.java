package no.fakturaflyt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import no.fakturaflyt.security.CamundaIdentityAuthenticationProvider.CamundaGroups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the process engine who calls our API, so that history and the user-operation log record the user (e.g. as
 * the start user of an invoice's process). Our API's engine calls carry the internal group {@link Roles#API} beside
 * the user's own groups: the API's own rules (roles, business checks, history) decide what a user may do there, and
 * the user's groups alone stay narrow for engine REST and the webapps, which authenticate on their own and never get
 * that group. Requests to {@code /api/**} are handled here, and the screens' requests, which call the same services
 * under the same rules.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final boolean apiOnly;

    private EngineAuthenticationFilter(IdentityService identityService, boolean apiOnly) {
        this.identityService = identityService;
        this.apiOnly = apiOnly;
    }

    static EngineAuthenticationFilter forApi(IdentityService identityService) {
        return new EngineAuthenticationFilter(identityService, true);
    }

    /** In the screens' own filter chain, which serves no other paths. */
    static EngineAuthenticationFilter forScreens(IdentityService identityService) {
        return new EngineAuthenticationFilter(identityService, false);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return apiOnly && !(path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            chain.doFilter(request, response);
            return;
        }
        String user = authentication.getName();
        List<String> groups = authentication.getDetails() instanceof CamundaGroups known ? known.ids()
                : identityService.createGroupQuery().groupMember(user).list().stream()
                        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        List<String> withApi = new java.util.ArrayList<>(groups);
        withApi.remove(Roles.API);
        withApi.add(Roles.API);
        identityService.setAuthentication(user, withApi);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
