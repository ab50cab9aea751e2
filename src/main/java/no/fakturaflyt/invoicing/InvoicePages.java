package no.fakturaflyt.invoicing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.fakturaflyt.common.InvoiceTemplate;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.Panel;
import no.fakturaflyt.common.web.Panels;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.ScreenController;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.ledger.LedgerService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invoices: a list filtered by status, customer, overdue and invoice date, sorted and paged; the invoice page with
 * its lines, totals, KID and history; and the actions of the API (send a draft, delete a draft, credit in full or
 * in part), through the same {@link InvoiceService}.
 */
@ScreenController
class InvoicePages implements Navigable {

    static final int PAGE_SIZE = 25;
    static final int MAX_REASON = 500;
    private static final Map<String, Comparator<InvoiceRow>> SORTS = Map.of(
            "number", Comparator.comparing(InvoiceRow::number, Comparator.nullsLast(Comparator.naturalOrder())),
            "date", Comparator.comparing(InvoiceRow::date, Comparator.nullsLast(Comparator.naturalOrder())),
            "dueDate", Comparator.comparing(InvoiceRow::dueDate, Comparator.nullsLast(Comparator.naturalOrder())),
            "customer", Comparator.comparing(InvoiceRow::customer),
            "total", Comparator.comparing(InvoiceRow::total),
            "id", Comparator.comparingLong(InvoiceRow::id));

    private final InvoiceService invoices;
    private final InvoiceHistory history;
    private final CustomerService customers;
    private final LedgerService ledger;
    private final OsloClock clock;
    private final Panels panels;
    private final CompanySettingsService company;
    private final Validator validator;

    InvoicePages(InvoiceService invoices, InvoiceHistory history, CustomerService customers, LedgerService ledger,
            OsloClock clock, Panels panels, CompanySettingsService company, Validator validator) {
        this.panels = panels;
        this.company = company;
        this.validator = validator;
        this.invoices = invoices;
        this.history = history;
        this.customers = customers;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(10, "/invoices", "nav.invoices");
    }

    @GetMapping("/invoices")
    String list(@RequestParam(required = false) InvoiceStatus status, @RequestParam(required = false) Long customerId,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "id") String sort, @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Map<Long, String> names = new HashMap<>();
        customers.list().forEach(c -> names.put(c.getId(), c.getName()));
        LocalDate today = clock.today();
        Comparator<InvoiceRow> order = SORTS.getOrDefault(sort, SORTS.get("id"));
        List<InvoiceRow> rows = invoices.list(status).stream()
                .filter(i -> customerId == null || i.getCustomerId() == customerId)
                .filter(i -> from == null || (i.getInvoiceDate() != null && !i.getInvoiceDate().isBefore(from)))
                .filter(i -> to == null || (i.getInvoiceDate() != null && !i.getInvoiceDate().isAfter(to)))
                .map(i -> row(i, names, today))
                .filter(r -> !overdue || r.overdue())
                .sorted("asc".equals(dir) ? order : order.reversed())
                .toList();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("rows", rows.subList(current * PAGE_SIZE, Math.min(rows.size(), (current + 1) * PAGE_SIZE)));
        model.addAttribute("count", rows.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("customers", customers.list());
        model.addAttribute("filter", new Filter(status, customerId, overdue, from, to, sort, dir));
        return "invoicing/list";
    }

    /** The list's filter, to keep it in the links of sorting and paging. */
    record Filter(InvoiceStatus status, Long customerId, boolean overdue, LocalDate from, LocalDate to, String sort,
            String dir) {
    }

    private InvoiceRow row(Invoice i, Map<Long, String> names, LocalDate today) {
        BigDecimal open = i.isPosted() && i.getInvoiceType() == InvoiceType.INVOICE ? ledger.openAmountOf(i.getId())
                : BigDecimal.ZERO;
        boolean overdue = open.signum() > 0 && i.getDueDate() != null && i.getDueDate().isBefore(today);
        BigDecimal total = i.isPosted() ? i.getTotal() : invoices.totals(i).total();
        return new InvoiceRow(i.getId(), i.getInvoiceType(), i.getStatus(), i.getInvoiceNumber(), i.getCustomerId(),
                names.getOrDefault(i.getCustomerId(), "?"), i.getInvoiceDate(), i.getDueDate(), total, open, overdue);
    }

    @GetMapping("/invoices/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, Map.of(), FormErrors.none(), model);
    }

    private String page(long id, Map<String, String> creditForm, FormErrors creditErrors, Model model) {
        Invoice invoice = invoices.get(id);
        Customer customer = customers.get(invoice.getCustomerId());
        model.addAttribute("invoice", invoice);
        model.addAttribute("customer", customer);
        model.addAttribute("totals", invoices.totals(invoice));
        model.addAttribute("template", InvoiceTemplate.applying(customer.getInvoiceTemplate(),
                company.current().getInvoiceTemplate()).key());
        model.addAttribute("customersOwnTemplate", customer.getInvoiceTemplate() != null);
        model.addAttribute("open", invoice.isPosted() ? ledger.openAmountOf(id) : BigDecimal.ZERO);
        model.addAttribute("events", history.of(id));
        model.addAttribute("credited", invoice.getCreditedInvoiceId() == null ? null
                : invoices.get(invoice.getCreditedInvoiceId()));
        model.addAttribute("creditNotes", invoices.list(null).stream()
                .filter(c -> c.getCreditedInvoiceId() != null && c.getCreditedInvoiceId() == id).toList());
        model.addAttribute("leftToCredit", invoice.isPosted() && invoice.getInvoiceType() == InvoiceType.INVOICE
                ? invoices.leftToCredit(id) : Map.of());
        model.addAttribute("creditForm", creditForm);
        model.addAttribute("errors", creditErrors);
        model.addAttribute("invoicePanels", panels.paths(Panel.INVOICE, id));
        return "invoicing/invoice";
    }

    /** "Fakturer og send" (the page asked first): the API's send; the lifecycle numbers, posts and delivers it. */
    @PostMapping("/invoices/{id}/send")
    String send(@PathVariable long id, Principal user) {
        invoices.send(id, user.getName());
        return "redirect:/invoices/" + id + "?sent";
    }

    @PostMapping("/invoices/{id}/delete")
    String delete(@PathVariable long id) {
        invoices.deleteDraft(id);
        return "redirect:/invoices?deleted";
    }

    /**
     * Credit in full (no quantities given) or in part (a quantity per line to credit): a credit note draft, shown
     * for the clerk to send like an invoice. A quantity that is no number, not above zero, or above what is left to
     * credit of its line is refused beside its field on the invoice page, and nothing is saved.
     */
    @PostMapping("/invoices/{id}/credit")
    String credit(@PathVariable long id, @RequestParam Map<String, String> form, Principal user, Model model,
            HttpServletResponse response) {
        Invoice original = invoices.get(id);
        Map<Integer, BigDecimal> left = invoices.leftToCredit(id);
        FormErrors errors = FormErrors.none();
        List<CreditLineForm> lines = new ArrayList<>();
        Map<String, String> fieldOfLine = new HashMap<>();
        for (InvoiceLine line : original.getLines()) {
            String field = "quantity" + line.getLineNo();
            String value = form.get(field);
            if (value == null || value.isBlank()) {
                continue;
            }
            fieldOfLine.put("lines[" + lines.size() + "].quantity", field);
            CreditQuantity.parse(field, value, left.getOrDefault(line.getLineNo(), BigDecimal.ZERO), line.getLineNo(),
                    errors).ifPresent(quantity -> lines.add(new CreditLineForm(line.getLineNo(), quantity)));
        }
        lines.forEach(line -> errors.addAll(FormErrors.validate(validator, line)
                .renamed(field -> "quantity" + line.lineNo())));
        String reason = form.get("reason") == null || form.get("reason").isBlank() ? null : form.get("reason").trim();
        if (reason != null && reason.length() > MAX_REASON) {
            errors.reject("reason", "errors.tooLong", MAX_REASON);
        }
        Optional<Invoice> credit = errors.attempt(() -> invoices.createCreditNote(id, lines.isEmpty() ? null : lines,
                reason, user.getName()));
        if (credit.isPresent()) {
            return "redirect:/invoices/" + credit.get().getId();
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(id, form, errors.renamed(field -> fieldOfLine.getOrDefault(field, field)), model);
    }

}
