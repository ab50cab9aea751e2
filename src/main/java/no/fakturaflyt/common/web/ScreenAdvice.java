package no.fakturaflyt.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import no.fakturaflyt.security.Roles;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page (every {@link ScreenController}) the {@link Screen} the layout shows. */
@ControllerAdvice(annotations = ScreenController.class)
class ScreenAdvice {

    private final List<NavigationEntry> entries;

    ScreenAdvice(List<Navigable> pages) {
        this.entries = pages.stream().map(Navigable::navigation)
                .sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    /** An empty form field is no value (null), as a missing JSON property is to the API. */
    @InitBinder
    void emptyIsNull(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("screen")
    Screen screen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Set<String> authorities = CurrentUser.authorities();
        if (authorities.isEmpty()) {
            return new Screen(null, false, false, List.of(), path);
        }
        boolean admin = authorities.contains(Roles.authority(Roles.ADMINS));
        boolean canWork = admin || authorities.contains(Roles.authority(Roles.CLERKS));
        List<Screen.Link> links = entries.stream()
                .filter(entry -> CurrentUser.inAny(authorities, entry.groups()))
                .map(entry -> new Screen.Link(entry.path(), entry.labelKey(), entry.covers(path)))
                .toList();
        return new Screen(SecurityContextHolder.getContext().getAuthentication().getName(), canWork, admin, links,
                path);
    }
}
