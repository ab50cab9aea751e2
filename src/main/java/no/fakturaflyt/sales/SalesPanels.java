package no.fakturaflyt.sales;

import no.fakturaflyt.common.web.Panel;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page's quote hit rate: accepted of the quotes sent, all told and for the customers with most quotes. */
@ScreenController
class SalesPanels {

    static final int CUSTOMERS_SHOWN = 5;

    private final SalesOverview overview;

    SalesPanels(SalesOverview overview) {
        this.overview = overview;
    }

    @Bean
    static Panel hitRateDashboardPanel() {
        return Panel.forEveryone(Panel.DASHBOARD, 50, "/sales/panel/hit-rate");
    }

    @GetMapping("/sales/panel/hit-rate")
    String hitRate(Model model) {
        SalesOverview.HitRates rates = overview.hitRates();
        long sent = rates.customers().stream().mapToLong(c -> c.hitRate().sent()).sum();
        long accepted = rates.customers().stream().mapToLong(c -> c.hitRate().accepted()).sum();
        model.addAttribute("sent", sent);
        model.addAttribute("accepted", accepted);
        model.addAttribute("percent", sent == 0 ? null : java.math.BigDecimal.valueOf(accepted * 100)
                .divide(java.math.BigDecimal.valueOf(sent), 1, java.math.RoundingMode.HALF_UP));
        model.addAttribute("customers", rates.customers().stream()
                .sorted(java.util.Comparator.comparingLong(
                        (SalesOverview.CustomerHitRate c) -> c.hitRate().sent()).reversed())
                .limit(CUSTOMERS_SHOWN).toList());
        return "sales/hit-rate-panel";
    }
}
