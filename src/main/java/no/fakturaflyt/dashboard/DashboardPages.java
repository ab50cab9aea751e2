package no.fakturaflyt.dashboard;

import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of the screens. */
@ScreenController
class DashboardPages implements Navigable {

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(0, "/", "nav.dashboard");
    }

    @GetMapping("/")
    String dashboard() {
        return "dashboard/dashboard";
    }
}
