package no.fakturaflyt.sales;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The order list, the customer's sales register, hit rates, the collective run and the order settings. */
@RestController
@Tag(name = "Sales: overview and settings")
class SalesController {

    private final SalesService sales;
    private final OrderProcess process;
    private final SalesOverview overview;

    SalesController(SalesService sales, OrderProcess process, SalesOverview overview) {
        this.sales = sales;
        this.process = process;
        this.overview = overview;
    }

    @GetMapping("/api/sales")
    @Operation(summary = "Quotes, orders and invoices with status and totals, newest first; filter by type, customer, "
            + "status (e.g. SENT, ACCEPTED, CONFIRMED, INVOICED, POSTED) and date")
    List<SalesOverview.Entry> list(@RequestParam(required = false) SalesOverview.EntryType type,
            @RequestParam(required = false) Long customerId, @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return overview.list(type, customerId, status, from, to);
    }

    @GetMapping("/api/customers/{id}/sales")
    @Operation(summary = "The customer's quotes, orders and invoices, quote-vs-order differences and hit rate")
    SalesOverview.CustomerSales customerSales(@PathVariable long id) {
        return overview.customerSales(id);
    }

    @GetMapping("/api/sales/hit-rates")
    @Operation(summary = "Accepted / sent quotes per customer and per product")
    SalesOverview.HitRates hitRates() {
        return overview.hitRates();
    }

    @PostMapping("/api/sales/collective-invoicing")
    @Operation(summary = "Run collective invoicing now: one invoice per customer of the uninvoiced deliveries, each "
            + "through collective-invoicing's lifecycle step")
    Map<String, List<Long>> collectiveInvoicing(Principal principal) {
        return Map.of("invoiceIds", process.runCollectiveInvoicing(principal.getName()));
    }

    @GetMapping("/api/sales/settings")
    SalesSettings settings() {
        return sales.settings();
    }

    @PutMapping("/api/sales/settings")
    SalesSettings updateSettings(@Valid @RequestBody SalesSettingsForm form, Principal principal) {
        return sales.updateSettings(form, principal.getName());
    }
}
