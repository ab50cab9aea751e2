package no.fakturaflyt.distribution;

import no.fakturaflyt.common.web.Panel;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The invoice page's delivery attempts: every channel tried, to whom, with what outcome. */
@ScreenController
class DeliveryPages {

    private final DeliveryLog log;

    DeliveryPages(DeliveryLog log) {
        this.log = log;
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
