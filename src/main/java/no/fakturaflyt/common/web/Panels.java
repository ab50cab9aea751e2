package no.fakturaflyt.common.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The {@link Panel}s of a page that the logged-in user may see, in order, with the record's id filled in. */
@Component
public class Panels {

    private final List<Panel> panels;

    Panels(List<Panel> panels) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(Panel::order)).toList();
    }

    public List<String> paths(String page, Object id) {
        var authorities = CurrentUser.authorities();
        return panels.stream().filter(panel -> panel.page().equals(page))
                .filter(panel -> CurrentUser.inAny(authorities, panel.groups()))
                .map(panel -> id == null ? panel.path() : panel.path().replace("{id}", String.valueOf(id)))
                .toList();
    }
}
