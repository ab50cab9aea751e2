package no.fakturaflyt.common.web;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import no.fakturaflyt.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user's authorities, and whether he is in one of some Camunda groups. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** Empty when nobody is logged in. */
    static Set<String> authorities() {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login == null || !login.isAuthenticated() || "anonymousUser".equals(login.getName())) {
            return Set.of();
        }
        return login.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    /** Whether the logged-in user is in one of these Camunda groups (what a page shows a button for). */
    public static boolean isInAny(String... groups) {
        return inAny(authorities(), java.util.List.of(groups));
    }

    static boolean inAny(Set<String> authorities, Collection<String> groups) {
        return groups.stream().map(Roles::authority).anyMatch(authorities::contains);
    }
}
