package no.fakturaflyt.dunning.interest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/interest-notes")
@Tag(name = "Interest notes")
class InterestNoteController {

    private final InterestNoteService service;

    InterestNoteController(InterestNoteService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Customers with unbilled late interest: the sum, the threshold, whether a note is due, "
            + "and the accruals with their calculation")
    List<CustomerInterestView> unbilled() {
        return service.unbilled().stream().map(c -> new CustomerInterestView(c.customerId(), c.customerName(),
                c.sum(), c.threshold(), c.ready(), c.accruals().stream().map(InterestNoteController::view).toList()))
                .toList();
    }

    @PostMapping("/{customerId}")
    @Operation(summary = "Bill the customer's unbilled late interest as an interest note and send it (clerks)",
            description = "201 with the interest note (APPROVED; the lifecycle posts and delivers it moments later, "
                    + "see /api/invoices/{id}); 409 with sum and threshold when the interest is below the threshold "
                    + "or there is none.")
    ResponseEntity<BilledNoteView> bill(@PathVariable long customerId, Principal principal) {
        InterestNoteService.BilledNote billed = service.bill(customerId, principal.getName());
        Invoice note = billed.invoice();
        BigDecimal total = note.getLines().stream().map(l -> l.getNetAmount()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return ResponseEntity.created(URI.create("/api/invoices/" + note.getId())).body(new BilledNoteView(
                note.getId(), note.getStatus(), customerId, billed.interest(), billed.compensation(), total,
                note.getLines().stream().map(l -> new LineView(l.getDescription(), l.getNetAmount(),
                        l.getRevenueAccount(), l.getVatCode())).toList(),
                billed.accruals().stream().map(InterestNoteController::view).toList()));
    }

    private static AccrualView view(InterestAccrual a) {
        return new AccrualView(a.getId(), a.getPaidBy(), a.getPaymentId(), a.getInvoiceId(), a.getInvoiceNumber(),
                a.getPrincipal(), a.getDueDate(), a.getFromDate(), a.getToDate(), a.getDays(), a.getAmount(),
                a.getCalculation());
    }

    record CustomerInterestView(long customerId, String customerName, BigDecimal sum, BigDecimal threshold,
            boolean ready, List<AccrualView> accruals) {
    }

    /** @param paymentId the payment's id, or the set-off's credit movement when {@code paidBy} is CREDIT_SET_OFF */
    record AccrualView(long id, PaidBy paidBy, long paymentId, long invoiceId, long invoiceNumber, BigDecimal principal,
            LocalDate dueDate, LocalDate from, LocalDate to, int days, BigDecimal amount, String calculation) {
    }

    record BilledNoteView(long invoiceId, InvoiceStatus status, long customerId, BigDecimal interest,
            BigDecimal compensation, BigDecimal total, List<LineView> lines, List<AccrualView> accruals) {
    }

    record LineView(String description, BigDecimal amount, int revenueAccount, String vatCode) {
    }
}
