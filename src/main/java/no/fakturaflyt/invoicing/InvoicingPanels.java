package no.fakturaflyt.invoicing;

import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.web.Panel;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page's invoiced figures and the 13 months' chart. */
@ScreenController
class InvoicingPanels {

    private final InvoiceService invoices;
    private final OsloClock clock;

    InvoicingPanels(InvoiceService invoices, OsloClock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    @GetMapping("/invoices/panel/invoiced")
    String invoiced(Model model) {
        model.addAttribute("figures", InvoicedFigures.of(invoices.list(null), clock.today()));
        return "invoicing/invoiced-panel";
    }

    @Bean
    static Panel invoicedDashboardPanel() {
        return Panel.forEveryone(Panel.DASHBOARD, 10, "/invoices/panel/invoiced");
    }
}
