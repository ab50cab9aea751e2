package no.fakturaflyt.dashboard;

import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.Panel;
import no.fakturaflyt.common.web.Panels;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the panels the business modules serve (common.web.Panel), each loaded when the page opens, so
 * that this module depends on none of them.
 */
@ScreenController
class DashboardPages implements Navigable {

    private final Panels panels;

    DashboardPages(Panels panels) {
        this.panels = panels;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(0, "/", "nav.dashboard");
    }

    @GetMapping("/")
    String dashboard(Model model) {
        model.addAttribute("panels", panels.paths(Panel.DASHBOARD, null));
        return "dashboard/dashboard";
    }
}
