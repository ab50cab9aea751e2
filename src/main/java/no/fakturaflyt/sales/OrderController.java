package no.fakturaflyt.sales;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Orders (order confirmations), their deliveries, and invoicing a delivery. */
@RestController
@Tag(name = "Sales: orders and deliveries")
class OrderController {

    private final SalesService sales;
    private final OrderProcess process;
    private final SalesOverview overview;
    private final SalesHistory history;

    OrderController(SalesService sales, OrderProcess process, SalesOverview overview, SalesHistory history) {
        this.sales = sales;
        this.process = process;
        this.overview = overview;
        this.history = history;
    }

    @GetMapping("/api/orders")
    @Operation(summary = "Every order, newest first, with status and totals (filters: GET /api/sales?type=ORDER)")
    List<SalesOverview.Entry> list() {
        return overview.list(SalesOverview.EntryType.ORDER, null, null, null, null);
    }

    @PostMapping("/api/orders")
    @Operation(summary = "An order: from an accepted quote (quoteId; the one its process made) or for a customer with"
            + " lines (starts its quote-to-invoice process at \"Confirm order\")")
    ResponseEntity<SalesViews.OrderView> create(@Valid @RequestBody NewOrder request, Principal principal) {
        SalesOrder order;
        if (request.quoteId() != null) {
            order = sales.createOrderFromQuote(request.quoteId(), principal.getName());
        } else if (request.customerId() == null) {
            throw new InvalidInputException("customerId", "An order needs a customerId, or the quoteId it comes from");
        } else {
            order = process.register(request.customerId(), new OrderForm(request.lines(), request.note()),
                    principal.getName());
        }
        return ResponseEntity.created(URI.create("/api/orders/" + order.getId())).body(view(sales, order));
    }

    @GetMapping("/api/orders/{id}")
    SalesViews.OrderView get(@PathVariable long id) {
        return view(sales, sales.order(id));
    }

    @PutMapping("/api/orders/{id}")
    @Operation(summary = "Save the order's lines while it is a draft; every difference from before is recorded")
    SalesViews.OrderView update(@PathVariable long id, @Valid @RequestBody OrderForm form, Principal principal) {
        return view(sales, process.update(id, form, principal.getName()));
    }

    @PostMapping("/api/orders/{id}/confirm")
    @Operation(summary = "Number the order and e-mail the order confirmation (completes its \"Confirm order\" task);"
            + " repeating it sends nothing again; 409 with the reason when it cannot be sent")
    SalesViews.OrderView confirm(@PathVariable long id, Principal principal) {
        return view(sales, process.confirm(id, principal.getName()));
    }

    @PostMapping("/api/orders/{id}/deliveries")
    @Operation(summary = "Register a full (no lines) or partial delivery (completes its \"Register delivery\" task; "
            + "the process invoices it at once or collects it); never more than is still undelivered")
    ResponseEntity<Delivery> deliver(@PathVariable long id, @Valid @RequestBody(required = false) DeliveryForm form,
            Principal principal) {
        Delivery delivery = process.deliver(id, form == null ? new DeliveryForm(null, null) : form,
                principal.getName());
        return ResponseEntity.created(URI.create("/api/deliveries/" + delivery.getId())).body(delivery);
    }

    @GetMapping(value = "/api/orders/{id}/preview.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The order confirmation PDF: as sent, or a marked preview of the draft")
    ResponseEntity<byte[]> preview(@PathVariable long id) {
        return PdfResponses.inline(sales.orderPdf(id), "ordrebekreftelse-" + id + ".pdf");
    }

    @GetMapping("/api/orders/{id}/history")
    List<SalesEvent> history(@PathVariable long id) {
        sales.order(id);
        return history.of(SalesEvent.Subject.ORDER, id);
    }

    @GetMapping("/api/deliveries/{id}")
    Delivery delivery(@PathVariable long id) {
        return sales.delivery(id);
    }

    @PostMapping("/api/deliveries/{id}/invoice")
    @Operation(summary = "The delivery's invoice: the one its process made, or for a collected delivery a new one at "
            + "the confirmed prices, sent through the invoice lifecycle; repeating it returns the same invoice")
    Map<String, Long> invoice(@PathVariable long id, Principal principal) {
        return Map.of("invoiceId", process.invoice(id, principal.getName()));
    }

    static SalesViews.OrderView view(SalesService sales, SalesOrder order) {
        return SalesViews.OrderView.of(order, sales.totals(order), sales.changes(order.getId()),
                sales.deliveries(order.getId()));
    }

    /** A new order: quoteId, or customerId with lines. */
    record NewOrder(Long customerId, Long quoteId, @Valid @Size(max = 1000) List<SalesLineForm> lines,
            @Size(max = 2000) String note) {
    }
}
