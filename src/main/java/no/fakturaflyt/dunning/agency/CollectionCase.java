package no.fakturaflyt.dunning.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Our record of a claim handed over to the collection agency: what we claimed, the agency's reference for it, and how
 * the agency said it ended. Written only after the agency has taken the claim, so a row means "the agency has it".
 */
@Entity
@Table(name = "collection_case")
public class CollectionCase {

    /** SENT while the agency works on it; PAID or CLOSED_UNPAID once it reported the case finished. */
    public enum Status { SENT, PAID, CLOSED_UNPAID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long invoiceId;
    private String agencyReference;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant sentAt;
    private BigDecimal principal;
    private BigDecimal fees;
    private BigDecimal interest;
    private String currency;
    private LocalDate closedOn;
    private BigDecimal amountCollected;
    private Instant lastStatusCheck;

    protected CollectionCase() {
    }

    CollectionCase(long invoiceId, String agencyReference, Instant sentAt, BigDecimal principal, BigDecimal fees,
            BigDecimal interest, String currency) {
        this.invoiceId = invoiceId;
        this.agencyReference = agencyReference;
        this.status = Status.SENT;
        this.sentAt = sentAt;
        this.principal = principal;
        this.fees = fees;
        this.interest = interest;
        this.currency = currency;
    }

    boolean isOpen() {
        return status == Status.SENT;
    }

    void checked(Instant at) {
        this.lastStatusCheck = at;
    }

    void close(Status outcome, BigDecimal amountCollected, LocalDate closedOn) {
        if (outcome == Status.SENT) {
            throw new IllegalArgumentException("A case closes as PAID or CLOSED_UNPAID");
        }
        this.status = outcome;
        this.amountCollected = amountCollected;
        this.closedOn = closedOn;
    }

    public Long getId() { return id; }
    public long getInvoiceId() { return invoiceId; }
    public String getAgencyReference() { return agencyReference; }
    public Status getStatus() { return status; }
    public Instant getSentAt() { return sentAt; }
    public BigDecimal getPrincipal() { return principal; }
    public BigDecimal getFees() { return fees; }
    public BigDecimal getInterest() { return interest; }
    public String getCurrency() { return currency; }
    /** What was handed over in all: principal + fees + interest. */
    public BigDecimal getTotalClaimed() { return principal.add(fees).add(interest); }
    public LocalDate getClosedOn() { return closedOn; }
    public BigDecimal getAmountCollected() { return amountCollected; }
    public Instant getLastStatusCheck() { return lastStatusCheck; }
}
