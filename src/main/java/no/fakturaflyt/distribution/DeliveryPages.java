package no.fakturaflyt.distribution;

import no.fakturaflyt.common.web.Panel;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The invoice page's delivery attempts (every channel tried, to whom, with what outcome), and what needs a clerk. */
@ScreenController
class DeliveryPages {

    private final DeliveryLog log;
    private final DistributionOverview overview;

    DeliveryPages(DeliveryLog log, DistributionOverview overview) {
        this.log = log;
        this.overview = overview;
    }

    @Bean
    static Panel needsActionDashboardPanel() {
        return Panel.forEveryone(Panel.DASHBOARD, 40, "/distribution/panel/needs-action");
    }

    /** The start page's invoices whose delivery waits for a clerk (manual distribution) or is stuck. */
    @GetMapping("/distribution/panel/needs-action")
    String needsAction(Model model) {
        model.addAttribute("entries", overview.list(DistributionOverview.Status.NEEDS_ACTION));
        return "distribution/needs-action-panel";
    }

    @Bean
    static Panel deliveriesInvoicePanel() {
        return Panel.forEveryone(Panel.INVOICE, 10, "/invoices/{id}/panel/deliveries");
    }

    @GetMapping("/invoices/{id}/panel/deliveries")
    String panel(@PathVariable long id, Model model) {
        model.addAttribute("attempts", log.attempts(id));
        return "distribution/deliveries-panel";
    }
}
