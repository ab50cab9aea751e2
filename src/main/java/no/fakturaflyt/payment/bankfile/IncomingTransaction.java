package no.fakturaflyt.payment.bankfile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One transaction of a bank file, known by the bank's reference (unique: never booked twice, whichever file brings
 * it), and what became of it: matched to an invoice, partly or over-paid, reversed, or waiting for a clerk.
 */
@Entity
@Table(name = "bank_transaction")
public class IncomingTransaction {

    public enum Status {
        /** Read, not yet booked. */
        NEW,
        /** Paid exactly what was open. */
        MATCHED,
        /** Paid less than was open: the rest stays open. */
        PARTLY_PAID,
        /** Paid more than was open: the excess is the customer's credit. */
        OVERPAID,
        /** No KID, an invalid one, an unknown one or an ambiguous one: waits for a clerk ("Match payment"). */
        UNMATCHED,
        /** Booked by a clerk as unidentified (debit bank, credit 2990). */
        UNIDENTIFIED,
        /** Took an earlier payment back. */
        REVERSED,
        /** Already booked from an earlier file: skipped. */
        DUPLICATE,
        /** Booking failed for a technical reason; importing the file again retries it. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long importId;
    private String reference;
    private LocalDate settledOn;
    private BigDecimal amount;
    private String kid;
    private boolean reversal;
    private String kind;
    private String payerName;
    private String payerAccount;
    private String message;
    private String location;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Long invoiceId;
    private Long paymentId;
    private Long voucherId;
    private String processInstanceId;
    private String note;
    private Instant createdAt;
    private Instant resolvedAt;
    private String resolvedBy;
    @Version
    private long version;

    protected IncomingTransaction() {
    }

    IncomingTransaction(long importId, BankTransaction t, Instant createdAt) {
        this.importId = importId;
        this.reference = t.reference();
        this.settledOn = t.settledOn();
        this.amount = t.amount();
        this.kid = t.kid();
        this.reversal = t.reversal();
        this.kind = t.kind();
        this.payerName = truncate(t.payerName(), 200);
        this.payerAccount = truncate(t.payerAccount(), 50);
        this.message = truncate(t.message(), 500);
        this.location = truncate(t.location(), 200);
        this.status = Status.NEW;
        this.createdAt = createdAt;
    }

    void booked(Status outcome, Long invoiceId, Long paymentId, Long voucherId, String note, Instant at, String by) {
        this.status = outcome;
        this.invoiceId = invoiceId;
        this.paymentId = paymentId;
        this.voucherId = voucherId;
        this.note = truncate(note, 1000);
        this.resolvedAt = at;
        this.resolvedBy = by;
    }

    void waitingForClerk(String processInstanceId, String reason) {
        this.status = Status.UNMATCHED;
        this.processInstanceId = processInstanceId;
        this.note = truncate(reason, 1000);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() { return id; }
    public long getImportId() { return importId; }
    public String getReference() { return reference; }
    public LocalDate getSettledOn() { return settledOn; }
    public BigDecimal getAmount() { return amount; }
    public String getKid() { return kid; }
    public boolean isReversal() { return reversal; }
    public String getKind() { return kind; }
    public String getPayerName() { return payerName; }
    public String getPayerAccount() { return payerAccount; }
    public String getMessage() { return message; }
    public String getLocation() { return location; }
    public Status getStatus() { return status; }
    public Long getInvoiceId() { return invoiceId; }
    public Long getPaymentId() { return paymentId; }
    public Long getVoucherId() { return voucherId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolvedBy() { return resolvedBy; }
}
