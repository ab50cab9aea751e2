package no.fakturaflyt.invoicing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.common.InvoiceTemplate;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.CustomerService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/invoices")
@Tag(name = "Invoices and credit notes")
class InvoiceController {

    private final InvoiceService service;
    private final InvoiceHistory history;
    private final CustomerService customers;
    private final CompanySettingsService company;

    InvoiceController(InvoiceService service, InvoiceHistory history, CustomerService customers,
            CompanySettingsService company) {
        this.company = company;
        this.service = service;
        this.history = history;
        this.customers = customers;
    }

    @GetMapping
    @Operation(summary = "Invoices and credit notes, newest first, optionally by status")
    List<InvoiceView> list(@RequestParam(required = false) InvoiceStatus status) {
        return service.list(status).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    InvoiceView get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping
    @Operation(summary = "Start a draft for a customer (lines optional; saved on every change)")
    ResponseEntity<InvoiceView> create(@Valid @RequestBody DraftForm form, Principal principal) {
        Invoice draft = service.createDraft(form, principal.getName());
        return ResponseEntity.created(URI.create("/api/invoices/" + draft.getId())).body(view(draft));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save the draft as it stands (header and all lines); 409 once it is sent")
    InvoiceView update(@PathVariable long id, @Valid @RequestBody DraftForm form, Principal principal) {
        return view(service.updateDraft(id, form, principal.getName()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a draft; a sent or posted invoice can never be deleted (409)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.deleteDraft(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Invoice and send: number, post, render the PDF and e-mail it (asynchronously)",
            description = "Answers 202 at once with the invoice APPROVED; poll it to see its number and status POSTED.")
    ResponseEntity<InvoiceView> send(@PathVariable long id, Principal principal) {
        Invoice invoice = service.send(id, principal.getName());
        return ResponseEntity.accepted().location(URI.create("/api/invoices/" + id)).body(view(invoice));
    }

    @PostMapping("/{id}/credit-notes")
    @Operation(summary = "Draft a credit note of a posted invoice, paid or not: without lines, of everything not "
            + "credited yet; with lines, of those quantities. Send it like an invoice; beyond what is open it becomes "
            + "the customer's credit balance")
    ResponseEntity<InvoiceView> credit(@PathVariable long id, @Valid @RequestBody(required = false) CreditRequest request,
            Principal principal) {
        Invoice credit = service.createCreditNote(id, request == null ? null : request.lines(),
                request == null ? null : request.reason(), principal.getName());
        return ResponseEntity.created(URI.create("/api/invoices/" + credit.getId())).body(view(credit));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "What happened to the invoice: when, by whom, through which channel")
    List<EventView> history(@PathVariable long id) {
        service.get(id);
        return history.of(id).stream().map(e -> new EventView(e.getOccurredAt(), e.getEventType(), e.getActor(),
                e.getChannel(), e.getDetails())).toList();
    }

    private InvoiceView view(Invoice invoice) {
        InvoiceTotals totals = service.totals(invoice);
        return new InvoiceView(invoice.getId(), invoice.getInvoiceType(), invoice.getStatus(),
                invoice.getInvoiceNumber(), invoice.getCustomerId(), invoice.getInvoiceDate(), invoice.getDueDate(),
                invoice.getDeliveryDate(), invoice.getDeliveryPlace(), invoice.getKid(), invoice.getBuyerReference(),
                invoice.getNote(), invoice.getCreditedInvoiceId(), invoice.isInterestNote(), invoice.getCurrency(),
                invoice.getLanguage(),
                invoice.getLines().stream().map(l -> new LineView(l.getLineNo(), l.getProductId(), l.getDescription(),
                        l.getQuantity(), l.getUnit(), l.getUnitPrice(), l.getDiscountPercent(), l.getVatCode(),
                        l.getVatRate(), l.getRevenueAccount(), l.getNetAmount())).toList(),
                totals.vatLines(), totals.netTotal(), totals.vatTotal(), totals.rounding(), totals.total(),
                invoice.getVoucherId(), invoice.getProcessInstanceId(), invoice.getCreatedBy(),
                invoice.getApprovedBy(), invoice.getPostedAt(), warnings(invoice), InvoiceTemplate.applying(
                        customers.get(invoice.getCustomerId()).getInvoiceTemplate(),
                        company.current().getInvoiceTemplate()).key());
    }

    /** A draft to a customer Enhetsregisteret reports bankrupt, in liquidation or deleted carries the register's word. */
    private List<String> warnings(Invoice invoice) {
        if (invoice.getStatus() != InvoiceStatus.DRAFT) {
            return List.of();
        }
        Customer customer = customers.get(invoice.getCustomerId());
        return customer.getRegisterWarning() == null ? List.of() : List.of(customer.getRegisterWarning());
    }

    record CreditRequest(@Valid @Size(max = 1000) List<CreditLineForm> lines, @Size(max = 500) String reason) {
    }

    record InvoiceView(long id, InvoiceType type, InvoiceStatus status, Long number, long customerId,
            LocalDate invoiceDate, LocalDate dueDate, LocalDate deliveryDate, String deliveryPlace, String kid,
            String buyerReference, String note, Long creditedInvoiceId, boolean interestNote, String currency,
            String language,
            List<LineView> lines, List<InvoiceTotals.VatLine> vatLines, BigDecimal netTotal, BigDecimal vatTotal,
            BigDecimal rounding, BigDecimal total, Long voucherId, String processInstanceId, String createdBy,
            String approvedBy, Instant postedAt, List<String> warnings,
            String template /* the layout of its PDF */) {
    }

    record LineView(int lineNo, Long productId, String description, BigDecimal quantity, String unit,
            BigDecimal unitPrice, BigDecimal discountPercent, String vatCode, BigDecimal vatRate, int revenueAccount,
            BigDecimal netAmount) {
    }

    record EventView(Instant at, String type, String actor, String channel, String details) {
    }
}
