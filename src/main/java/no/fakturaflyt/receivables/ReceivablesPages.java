package no.fakturaflyt.receivables;

import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.web.Panel;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A customer's account statement (as {@code /api/customers/{id}/account}) and the start page's aging panel, as of a
 * day (today when left out).
 */
@ScreenController
class ReceivablesPages {

    private final CustomerAccountService accounts;
    private final AgingService aging;
    private final OsloClock clock;

    ReceivablesPages(CustomerAccountService accounts, AgingService aging, OsloClock clock) {
        this.accounts = accounts;
        this.aging = aging;
        this.clock = clock;
    }

    @GetMapping("/customers/{id}/account")
    String account(@PathVariable long id, @RequestParam(name = AsOf.PARAMETER, required = false) String asOf,
            Model model) {
        model.addAttribute("account", accounts.account(id, AsOf.parse(asOf, clock)));
        return "receivables/account";
    }

    @GetMapping("/receivables/panel/aging")
    String agingPanel(Model model) {
        model.addAttribute("aging", aging.aging(clock.today()));
        return "receivables/aging-panel";
    }

    @Bean
    static Panel agingDashboardPanel() {
        return Panel.forEveryone(Panel.DASHBOARD, 20, "/receivables/panel/aging");
    }
}
