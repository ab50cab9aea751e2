package no.fakturaflyt.sales;

import java.util.List;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.ScreenController;
import no.fakturaflyt.customer.CustomerService;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists of quotes and of orders, newest first, filtered by status and customer, paged ({@link SalesOverview}). */
@ScreenController
class SalesListPages implements Navigable {

    static final int PAGE_SIZE = 25;

    private final SalesOverview overview;
    private final CustomerService customers;

    SalesListPages(SalesOverview overview, CustomerService customers) {
        this.overview = overview;
        this.customers = customers;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(40, "/quotes", "nav.sales").alsoUnder("/orders");
    }

    @GetMapping("/quotes")
    String quotes(@RequestParam(required = false) QuoteStatus status, @RequestParam(required = false) Long customerId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        return list(Kind.QUOTES, status == null ? null : status.name(), customerId, page,
                List.of(QuoteStatus.values()).stream().map(Enum::name).toList(), model);
    }

    @GetMapping("/orders")
    String orders(@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) Long customerId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        return list(Kind.ORDERS, status == null ? null : status.name(), customerId, page,
                List.of(OrderStatus.values()).stream().map(Enum::name).toList(), model);
    }

    private String list(Kind kind, String status, Long customerId, int page, List<String> statuses, Model model) {
        List<SalesOverview.Entry> rows = overview.list(kind.type, customerId, status, null, null);
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("kind", kind.path);
        model.addAttribute("rows", rows.subList(current * PAGE_SIZE, Math.min(rows.size(), (current + 1) * PAGE_SIZE)));
        model.addAttribute("count", rows.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("statuses", statuses);
        model.addAttribute("status", status);
        model.addAttribute("customerId", customerId);
        model.addAttribute("customers", customers.list());
        return "sales/list";
    }

    /** Which list: its rows' type and its path (also the prefix of its texts). */
    private enum Kind {
        QUOTES(SalesOverview.EntryType.QUOTE, "quotes"), ORDERS(SalesOverview.EntryType.ORDER, "orders");

        private final SalesOverview.EntryType type;
        private final String path;

        Kind(SalesOverview.EntryType type, String path) {
            this.type = type;
            this.path = path;
        }
    }
}
