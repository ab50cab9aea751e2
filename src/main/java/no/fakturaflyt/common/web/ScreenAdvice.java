package no.fakturaflyt.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.fakturaflyt.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page (every {@link ScreenController}) the {@link Screen} the layout shows. */
@ControllerAdvice(annotations = ScreenController.class)
class ScreenAdvice {

    private final List<NavigationEntry> entries;

    ScreenAdvice(List<Navigable> pages) {
        this.entries = pages.stream().map(Navigable::navigation)
                .sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @ModelAttribute("screen")
    Screen screen(HttpServletRequest request) {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (login == null || !login.isAuthenticated() || "anonymousUser".equals(login.getName())) {
            return new Screen(null, false, false, List.of(), path);
        }
        Set<String> authorities = login.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean admin = authorities.contains(Roles.authority(Roles.ADMINS));
        boolean canWork = admin || authorities.contains(Roles.authority(Roles.CLERKS));
        List<Screen.Link> links = entries.stream()
                .filter(entry -> entry.groups().stream().map(Roles::authority).anyMatch(authorities::contains))
                .map(entry -> new Screen.Link(entry.path(), entry.labelKey(), current(entry.path(), path)))
                .toList();
        return new Screen(login.getName(), canWork, admin, links, path);
    }

    private static boolean current(String link, String path) {
        return link.equals("/") ? path.equals("/") : path.equals(link) || path.startsWith(link + "/");
    }
}
