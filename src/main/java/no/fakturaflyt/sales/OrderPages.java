package no.fakturaflyt.sales;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.ScreenController;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.invoicing.InvoiceService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The order page: the order confirmation (lines with what is delivered and invoiced, totals, PDF, changes from the
 * quote, history), its deliveries with their invoices, the waiting user task with its link into Tasklist, and the
 * clerk's actions through {@link OrderProcess} as the API's: confirm (completes "Confirm order"), register a
 * delivery (completes "Register delivery"; the process invoices it at once or collects it) and invoice a collected
 * delivery.
 */
@ScreenController
class OrderPages {

    private final SalesService sales;
    private final OrderProcess process;
    private final SalesHistory history;
    private final CustomerService customers;
    private final InvoiceService invoices;
    private final WaitingTasks waiting;
    private final DeliveryFormReader deliveryForms;

    OrderPages(SalesService sales, OrderProcess process, SalesHistory history, CustomerService customers,
            InvoiceService invoices, WaitingTasks waiting, DeliveryFormReader deliveryForms) {
        this.sales = sales;
        this.process = process;
        this.history = history;
        this.customers = customers;
        this.invoices = invoices;
        this.waiting = waiting;
        this.deliveryForms = deliveryForms;
    }

    @GetMapping("/orders/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, FormErrors.none(), Map.of(), model);
    }

    @PostMapping("/orders/{id}/confirm")
    String confirm(@PathVariable long id, Principal user, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        return PageActions.attempt(errors, () -> process.confirm(id, user.getName()),
                order -> "/orders/" + id + "?confirmed", response, () -> page(id, errors, Map.of(), model));
    }

    /** The delivery form: a date and, per line, how much (all empty: everything still undelivered). */
    @PostMapping("/orders/{id}/deliveries")
    String deliver(@PathVariable long id, @RequestParam Map<String, String> form, Principal user, Model model,
            HttpServletResponse response) {
        DeliveryFormReader.Read read = deliveryForms.read(sales.order(id), form);
        FormErrors errors = read.errors();
        return PageActions.attempt(errors, () -> process.deliver(id, read.form(), user.getName()),
                delivery -> "/orders/" + id + "?delivered=" + delivery.getId(), response,
                () -> page(id, read.fieldErrors(errors), form, model));
    }

    /** A collected delivery invoiced now (one invoicing the process does itself is refused with the reason). */
    @PostMapping("/deliveries/{id}/invoice")
    String invoice(@PathVariable long id, Principal user, Model model, HttpServletResponse response) {
        long orderId = sales.delivery(id).getOrderId();
        FormErrors errors = FormErrors.none();
        return PageActions.attempt(errors, () -> process.invoice(id, user.getName()),
                invoiceId -> "/orders/" + orderId + "?invoiced=" + invoiceId, response,
                () -> page(orderId, errors, Map.of(), model));
    }

    @GetMapping(value = "/orders/{id}/confirmation.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return PdfResponses.inline(sales.orderPdf(id), "ordrebekreftelse-" + id + ".pdf");
    }

    private String page(long id, FormErrors errors, Map<String, String> typed, Model model) {
        SalesOrder order = sales.order(id);
        var deliveries = sales.deliveries(id);
        Map<Long, Long> invoiceNumbers = new HashMap<>();
        deliveries.stream().filter(d -> d.getInvoiceId() != null).forEach(d -> {
            Long number = invoices.get(d.getInvoiceId()).getInvoiceNumber();
            invoiceNumbers.put(d.getInvoiceId(), number);
        });
        model.addAttribute("order", order);
        model.addAttribute("customer", customers.get(order.getCustomerId()));
        model.addAttribute("quote", order.getQuoteId() == null ? null : sales.quote(order.getQuoteId()));
        model.addAttribute("totals", sales.totals(order));
        model.addAttribute("changes", sales.changes(id));
        model.addAttribute("deliveries", deliveries);
        model.addAttribute("invoiceNumbers", invoiceNumbers);
        model.addAttribute("deliverable", order.getStatus() != OrderStatus.DRAFT && order.hasUndelivered());
        model.addAttribute("tasks", waiting.of(order.getProcessInstanceId()));
        model.addAttribute("events", history.of(SalesEvent.Subject.ORDER, id));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "sales/order";
    }
}
