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
 * One transaction of a bank file, known by its identity (the {@code reference}, unique: never booked twice, whichever
 * file brings it; see {@link BankTransaction#reference()}), and what became of it: matched to an invoice, partly or
 * over-paid, reversed, refused, or waiting for a clerk.
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
        FAILED,
        /**
         * Not booked, for the reason in the note: its settlement date is in the future or too far back (see
         * {@code fakturaflyt.bank-files.oldest-settlement}). The rest of its file is booked; the bank is asked.
         */
        REFUSED
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
    private String bankReference;
    /** Why it goes to a clerk instead of being booked by its KID; null for an ordinary transaction. */
    private String holdReason;
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
        this.bankReference = truncate(t.bankReference(), 120);
        this.status = Status.NEW;
        this.createdAt = createdAt;
    }

    /** A transaction that a clerk must look at before anything is booked, for this reason. */
    static IncomingTransaction held(long importId, BankTransaction t, String reason, Instant createdAt) {
        IncomingTransaction held = new IncomingTransaction(importId, t, createdAt);
        held.holdReason = truncate(reason, 1000);
        return held;
    }

    /** A transaction recorded, never booked, for this reason. */
    static IncomingTransaction refused(long importId, BankTransaction t, String reason, Instant createdAt) {
        IncomingTransaction refused = new IncomingTransaction(importId, t, createdAt);
        refused.status = Status.REFUSED;
        refused.note = truncate(reason, 1000);
        refused.resolvedAt = createdAt;
        return refused;
    }

    /** Still to book: new, or failed for a technical reason before. */
    boolean toBook() {
        return status == Status.NEW || status == Status.FAILED;
    }

    /** Whether the transaction moves the same money as this one: amount, day, KID and direction. */
    boolean sameMoneyAs(BankTransaction t) {
        return t.sameMoneyAs(amount, settledOn, kid, reversal);
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
    public String getBankReference() { return bankReference; }
    public String getHoldReason() { return holdReason; }
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
