package no.fakturaflyt.dunning.interest;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The standard compensation (forsinkelsesrenteloven § 3a) an interest note claimed for one late-paid invoice. One row
 * per invoice at most (a unique key), so however many interest notes bill its interest, it is claimed once; a row
 * with 0.00 records that the reminder fees already used it up.
 */
@Entity
@Table(name = "late_payment_compensation")
class LatePaymentCompensation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long invoiceId;
    private long customerId;
    private long interestNoteId;
    private BigDecimal amount;
    private String reasons;
    private Instant createdAt;

    protected LatePaymentCompensation() {
    }

    LatePaymentCompensation(long invoiceId, long customerId, long interestNoteId, BigDecimal amount, String reasons,
            Instant createdAt) {
        this.invoiceId = invoiceId;
        this.customerId = customerId;
        this.interestNoteId = interestNoteId;
        this.amount = amount;
        this.reasons = reasons;
        this.createdAt = createdAt;
    }

    long getInvoiceId() { return invoiceId; }
    long getInterestNoteId() { return interestNoteId; }
    BigDecimal getAmount() { return amount; }
    String getReasons() { return reasons; }
}
