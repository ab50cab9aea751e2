package no.fakturaflyt.payment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.ProcessRace;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.OpenItemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/invoices/{invoiceId}/payments")
@Tag(name = "Payments")
class PaymentController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final PaymentService service;
    private final LedgerService ledger;
    private final OsloClock clock;

    PaymentController(PaymentService service, LedgerService ledger, OsloClock clock) {
        this.service = service;
        this.ledger = ledger;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Register a payment on a posted invoice (clerks)",
            description = "Answers 201 with the payment, how it was spread and what is still open. Sent again with "
                    + "the same Idempotency-Key (or, without one, the same body the same day) it books nothing and "
                    + "answers 201 with the payment registered before and the header Idempotent-Replayed: true.")
    ResponseEntity<PaymentView> register(@PathVariable long invoiceId, @Valid @RequestBody PaymentForm form,
            @Parameter(description = "Your key for this payment; without it one is derived from the invoice, amount, "
                    + "payment date, reference and today's date")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            Principal principal) {
        String key = idempotencyKey == null || idempotencyKey.isBlank()
                ? DerivedIdempotencyKey.of(invoiceId, form, clock.today()) : idempotencyKey;
        PaymentService.Registration registration = ProcessRace.retried(() -> service.registerTracked(invoiceId, form,
                PaymentSource.MANUAL.name(), key, principal.getName()));
        Payment payment = registration.payment();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/invoices/" + invoiceId + "/payments"))
                .header(REPLAYED, String.valueOf(registration.replayed()))
                .body(view(payment, ledger.itemsConcerning(invoiceId)));
    }

    @GetMapping
    @Operation(summary = "The payments on an invoice, oldest first, with what is open on it now")
    List<PaymentView> list(@PathVariable long invoiceId) {
        List<Payment> payments = service.paymentsOf(invoiceId);
        List<OpenItem> items = ledger.itemsConcerning(invoiceId);
        return payments.stream().map(payment -> view(payment, items)).toList();
    }

    private static PaymentView view(Payment payment, List<OpenItem> items) {
        BigDecimal invoiceOpen = items.stream().filter(i -> i.getItemType() == OpenItemType.INVOICE)
                .map(OpenItem::getOpenAmount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal totalOpen = items.stream().map(OpenItem::getOpenAmount).reduce(Money.ZERO, BigDecimal::add);
        return new PaymentView(payment.getId(), payment.getInvoiceId(), payment.getCustomerId(), payment.getAmount(),
                payment.getPaidOn(), payment.getReference(), payment.getSource(), payment.getIdempotencyKey(),
                payment.getAppliedToInvoice(), payment.getAppliedToFees(), payment.getUnallocated(),
                payment.getAllocations().stream().map(a -> new AllocationView(a.getOpenItemId(), a.getItemType(),
                        a.getAmount())).toList(),
                payment.getVoucherId(), payment.getRegisteredAt(), payment.getRegisteredBy(), invoiceOpen, totalOpen);
    }

    /**
     * @param invoiceOpen what is open on the invoice's own item now
     * @param totalOpen   what is open on the invoice and its fees now
     */
    record PaymentView(long id, long invoiceId, long customerId, BigDecimal amount, LocalDate paidOn,
            String reference, String source, String idempotencyKey, BigDecimal appliedToInvoice,
            BigDecimal appliedToFees, BigDecimal unallocated, List<AllocationView> allocations, Long voucherId,
            Instant registeredAt, String registeredBy, BigDecimal invoiceOpen, BigDecimal totalOpen) {
    }

    record AllocationView(long openItemId, OpenItemType itemType, BigDecimal amount) {
    }
}
