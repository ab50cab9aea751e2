package no.fakturaflyt.dunning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import no.fakturaflyt.common.ConflictException;

/**
 * The payment follow-up of one posted invoice: where it stands, what comes next and when, whether a clerk paused
 * it. The process (payment-follow-up.bpmn) drives it; the case is what clerks and auditors read.
 */
@Entity
@Table(name = "follow_up_case")
public class FollowUpCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long invoiceId;
    private long customerId;
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    private FollowUpStage stage;
    /** FollowUpStep name or LIST; null once nothing comes next. */
    private String nextStep;
    private LocalDate nextStepOn;
    private boolean paused;
    private String pauseReason;
    private LocalDate pausedOn;
    private String pausedBy;
    private Instant openedAt;
    private Instant closedAt;
    private String closedReason;
    @Version
    private long version;

    protected FollowUpCase() {
    }

    FollowUpCase(long invoiceId, long customerId, String processInstanceId, Instant openedAt) {
        this.invoiceId = invoiceId;
        this.customerId = customerId;
        this.processInstanceId = processInstanceId;
        this.stage = FollowUpStage.OPEN;
        this.openedAt = openedAt;
    }

    void plan(String step, LocalDate on) {
        this.nextStep = step;
        this.nextStepOn = on;
    }

    void moveTo(FollowUpStage stage) {
        this.stage = stage;
    }

    void pause(String reason, LocalDate on, String user) {
        requireOpen("pause");
        if (paused) {
            throw new ConflictException("The follow-up of this invoice is already paused since " + pausedOn + ": "
                    + pauseReason, "followUp.alreadyPaused", pausedOn.toString(), pauseReason);
        }
        paused = true;
        pauseReason = reason;
        pausedOn = on;
        pausedBy = user;
    }

    /**
     * Ends a pause; the step that was waiting moves by the days paused, so the debtor keeps the time they had left.
     *
     * @return the days the case was paused
     */
    long resume(LocalDate on) {
        requireOpen("resume");
        if (!paused) {
            throw new ConflictException("The follow-up of this invoice is not paused", "followUp.notPaused");
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(pausedOn, on));
        if (nextStepOn != null) {
            nextStepOn = nextStepOn.plusDays(days);
            if (nextStepOn.isBefore(on)) {
                nextStepOn = on;
            }
        }
        paused = false;
        pauseReason = null;
        pausedOn = null;
        pausedBy = null;
        return days;
    }

    void close(FollowUpStage stage, String reason, Instant at) {
        if (!stage.isClosed()) {
            throw new IllegalArgumentException(stage + " is not a closing stage");
        }
        this.stage = stage;
        this.closedReason = reason;
        this.closedAt = at;
        this.nextStep = null;
        this.nextStepOn = null;
        this.paused = false;
    }

    /** A payment that had closed the case was reversed: it goes on under a new process, from the step it stood at. */
    void reopen(String processInstanceId, FollowUpStage stage, String nextStep, LocalDate nextStepOn) {
        this.processInstanceId = processInstanceId;
        this.stage = stage;
        this.nextStep = nextStep;
        this.nextStepOn = nextStepOn;
        this.closedAt = null;
        this.closedReason = null;
    }

    void requireOpen(String action) {
        if (stage.isClosed()) {
            throw new ConflictException("Cannot " + action + " the follow-up of this invoice: it is closed ("
                    + stage.name().toLowerCase() + ": " + closedReason + ")", "followUp.closedRefusal",
                    String.valueOf(closedReason));
        }
    }

    public Long getId() { return id; }
    public long getInvoiceId() { return invoiceId; }
    public long getCustomerId() { return customerId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public FollowUpStage getStage() { return stage; }
    public String getNextStep() { return nextStep; }
    public LocalDate getNextStepOn() { return nextStepOn; }
    public boolean isPaused() { return paused; }
    public String getPauseReason() { return pauseReason; }
    public LocalDate getPausedOn() { return pausedOn; }
    public String getPausedBy() { return pausedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedReason() { return closedReason; }
}
