package no.fakturaflyt.dunning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * How the company follows up unpaid invoices: one row, edited by an administrator through the API. What each step
 * charges and how long the debtor gets is the reminder policy's (DMN); these are the company's choices around it.
 */
@Entity
@Table(name = "follow_up_settings")
public class FollowUpSettings {

    static final int ID = 1;

    /** Whether a transfer to the collection agency waits for a clerk. */
    public enum TransferApproval { MANUAL, AUTOMATIC }

    /** What a reminder or notice shows: the one invoice, or every overdue item of the customer. */
    public enum DocumentStyle { INVOICE_COPY, BALANCE_LIST }

    @Id
    private int id;
    private int postalDays;
    private int firstReminderDays;
    private int reminderCount;
    @Enumerated(EnumType.STRING)
    private TransferApproval transferApproval;
    @Enumerated(EnumType.STRING)
    private DocumentStyle documentStyle;
    private BigDecimal minimumAmount;
    private BigDecimal interestNoteThreshold;
    @Version
    private long version;
    private Instant updatedAt;
    private String updatedBy;

    protected FollowUpSettings() {
    }

    void update(FollowUpSettingsForm form, Instant at, String user) {
        postalDays = form.postalDays();
        firstReminderDays = form.firstReminderDays();
        reminderCount = form.reminderCount();
        transferApproval = form.transferApproval();
        documentStyle = form.documentStyle();
        minimumAmount = form.minimumAmount().setScale(2);
        interestNoteThreshold = form.interestNoteThreshold().setScale(2);
        updatedAt = at;
        updatedBy = user;
    }

    /** Days a payment made on the deadline may take to reach the account, added before each step. */
    public int getPostalDays() { return postalDays; }
    /** Days after the due date before the first reminder (14 or more lets it carry a fee). */
    public int getFirstReminderDays() { return firstReminderDays; }
    /** 1 or 2 reminders before the collection notice. */
    public int getReminderCount() { return reminderCount; }
    public TransferApproval getTransferApproval() { return transferApproval; }
    public DocumentStyle getDocumentStyle() { return documentStyle; }
    /** Below this outstanding amount no reminder is sent. */
    public BigDecimal getMinimumAmount() { return minimumAmount; }
    /** A customer's accrued late interest becomes an interest note once it reaches this. */
    public BigDecimal getInterestNoteThreshold() { return interestNoteThreshold; }
    public long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
