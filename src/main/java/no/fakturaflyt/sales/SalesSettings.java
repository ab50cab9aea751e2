package no.fakturaflyt.sales;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The order settings (one row): how long a quote is valid and when to remind before it expires, whether new orders
 * are invoiced collectively and how often the collective run goes, and the invoice fee of sales invoices when it
 * differs from the company's. Payment terms and rounding are kept here for the orders but the invoice lifecycle still
 * posts with the customer's or company's terms and rounding.
 */
@Entity
@Table(name = "sales_settings")
public class SalesSettings {

    static final long ID = 1;

    @Id
    private Long id;
    private int quoteValidityDays;
    private int quoteExpiryReminderDays;
    private boolean collectiveInvoicing;
    private String collectiveInterval;
    private Integer paymentTermsDays;
    private BigDecimal invoiceFee;
    private Boolean roundToWholeKroner;
    private Instant updatedAt;
    private String updatedBy;
    private Instant lastCollectiveRun;
    @Version
    private long version;

    protected SalesSettings() {
    }

    void change(SalesSettingsForm form, Duration interval, String user, Instant at) {
        this.quoteValidityDays = form.quoteValidityDays();
        this.quoteExpiryReminderDays = form.quoteExpiryReminderDays();
        this.collectiveInvoicing = form.collectiveInvoicing();
        this.collectiveInterval = interval.toString();
        this.paymentTermsDays = form.paymentTermsDays();
        this.invoiceFee = form.invoiceFee() == null ? null : form.invoiceFee().setScale(2);
        this.roundToWholeKroner = form.roundToWholeKroner();
        this.updatedBy = user;
        this.updatedAt = at;
    }

    /** The collective run goes ahead when collective invoicing is on and its interval has passed since the last. */
    public boolean collectiveRunDue(Instant now) {
        return collectiveInvoicing && (lastCollectiveRun == null
                || !lastCollectiveRun.plus(Duration.parse(collectiveInterval)).isAfter(now));
    }

    void collectiveRunAt(Instant at) {
        this.lastCollectiveRun = at;
    }

    public Instant getLastCollectiveRun() { return lastCollectiveRun; }
    public int getQuoteValidityDays() { return quoteValidityDays; }
    public int getQuoteExpiryReminderDays() { return quoteExpiryReminderDays; }
    public boolean isCollectiveInvoicing() { return collectiveInvoicing; }
    /** ISO-8601 duration, e.g. "P7D". */
    public String getCollectiveInterval() { return collectiveInterval; }
    /** null: the customer's or company's. */
    public Integer getPaymentTermsDays() { return paymentTermsDays; }
    /** null: the company's. */
    public BigDecimal getInvoiceFee() { return invoiceFee; }
    /** null: the company's. */
    public Boolean getRoundToWholeKroner() { return roundToWholeKroner; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
