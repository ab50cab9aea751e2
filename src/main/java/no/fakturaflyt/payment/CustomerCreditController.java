package no.fakturaflyt.payment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.ProcessRace;
import no.fakturaflyt.ledger.CreditMovement;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers/{customerId}/credit")
@Tag(name = "Customer credit")
class CustomerCreditController {

    private final CustomerCreditService service;

    CustomerCreditController(CustomerCreditService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The customer's credit balance (kundens tilgode) and what moved it besides payments")
    CreditView credit(@PathVariable long customerId) {
        return new CreditView(customerId, service.balance(customerId),
                service.movements(customerId).stream().map(MovementView::of).toList());
    }

    @PostMapping("/refunds")
    @Operation(summary = "Pay part or all of the credit balance back to the customer's bank account (clerks)",
            description = "Voucher: debit 1500 for the customer, credit bank. 400 naming the field for an amount "
                    + "above the balance, a bank account failing MOD11, a date in the future.")
    ResponseEntity<MovementView> refund(@PathVariable long customerId, @Valid @RequestBody(required = false)
            RefundForm form, Principal principal) {
        CreditMovement refund = service.refund(customerId, form, principal.getName());
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/credit"))
                .body(MovementView.of(refund));
    }

    @PostMapping("/set-offs")
    @Operation(summary = "Apply the credit balance to one of the customer's posted invoices (clerks)",
            description = "Lowers what is open on the invoice (its own item first, then its fees) like a payment; "
                    + "its follow-up sees the lower amount. Voucher: debit 1500 (credit used), credit 1500 (invoice "
                    + "paid), both for the customer. Without an amount, as much as the balance and the invoice allow.")
    ResponseEntity<MovementView> setOff(@PathVariable long customerId, @Valid @RequestBody(required = false)
            SetOffForm form, Principal principal) {
        CreditMovement setOff = ProcessRace.retried(() -> service.setOff(customerId, form, principal.getName()));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/credit"))
                .body(MovementView.of(setOff));
    }

    /** @param balance unallocated payments plus the movements: what the company owes the customer now */
    record CreditView(long customerId, BigDecimal balance, List<MovementView> movements) {
    }

    /** @param amount signed: positive raised the credit, negative used it */
    record MovementView(long id, String kind, LocalDate date, BigDecimal amount, Long invoiceId, String sourceType,
            Long sourceId, String bankAccount, String reference, Long voucherId, Instant createdAt,
            String createdBy) {

        static MovementView of(CreditMovement m) {
            return new MovementView(m.getId(), m.getKind().name(), m.getMovedOn(), m.getAmount(), m.getInvoiceId(),
                    m.getSourceType(), m.getSourceId(), m.getBankAccount(), m.getReference(), m.getVoucherId(),
                    m.getCreatedAt(), m.getCreatedBy());
        }
    }
}
