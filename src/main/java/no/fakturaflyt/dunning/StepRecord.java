package no.fakturaflyt.dunning;

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
 * One reminder, notice or transfer of a case, as sent: what was owed, what the policy asked, what the law let it
 * charge and why. Written once per case and step, so a retried job finds it instead of charging again.
 */
@Entity
@Table(name = "follow_up_step")
public class StepRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    @Enumerated(EnumType.STRING)
    private FollowUpStep step;
    private LocalDate sentOn;
    private LocalDate payBy;
    private BigDecimal outstanding;
    private BigDecimal policyFee;
    private BigDecimal fee;
    private BigDecimal feeCap;
    private String feeReasons;
    private Long documentId;
    private Long voucherId;
    private String approvedBy;
    private Instant createdAt;

    protected StepRecord() {
    }

    StepRecord(long caseId, FollowUpStep step, LocalDate sentOn, LocalDate payBy, BigDecimal outstanding,
            BigDecimal policyFee, BigDecimal fee, BigDecimal feeCap, String feeReasons, String approvedBy,
            Instant createdAt) {
        this.caseId = caseId;
        this.step = step;
        this.sentOn = sentOn;
        this.payBy = payBy;
        this.outstanding = outstanding;
        this.policyFee = policyFee;
        this.fee = fee;
        this.feeCap = feeCap;
        this.feeReasons = feeReasons;
        this.approvedBy = approvedBy;
        this.createdAt = createdAt;
    }

    void attach(Long documentId, Long voucherId) {
        this.documentId = documentId;
        this.voucherId = voucherId;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public FollowUpStep getStep() { return step; }
    public LocalDate getSentOn() { return sentOn; }
    public LocalDate getPayBy() { return payBy; }
    public BigDecimal getOutstanding() { return outstanding; }
    public BigDecimal getPolicyFee() { return policyFee; }
    public BigDecimal getFee() { return fee; }
    public BigDecimal getFeeCap() { return feeCap; }
    public String getFeeReasons() { return feeReasons; }
    public Long getDocumentId() { return documentId; }
    public Long getVoucherId() { return voucherId; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getCreatedAt() { return createdAt; }
}
