package no.fakturaflyt.invoicing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.customer.Customer;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * An invoice or a credit note. It is a draft, saved on every change, until a clerk sends it; posting gives it its
 * number, dates, KID and voucher, and from then on nothing about it changes.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private InvoiceType invoiceType;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;
    private long customerId;
    private String seriesCode;
    private Long invoiceNumber;
    private LocalDate invoiceDate;
    private LocalDate dueDate;
    private LocalDate deliveryDate;
    private String deliveryPlace;
    private String kid;
    private String buyerReference;
    private String note;
    private Long creditedInvoiceId;
    private boolean interestNote;
    private String currency;
    private String language;
    private String buyerName;
    private String buyerOrgNumber;
    private String buyerAddressLine1;
    private String buyerAddressLine2;
    private String buyerPostalCode;
    private String buyerCity;
    private String buyerCountryCode;
    private BigDecimal netTotal;
    private BigDecimal vatTotal;
    private BigDecimal rounding;
    private BigDecimal total;
    private Long voucherId;
    private String processInstanceId;
    /** Set for an invoice made from an order whose settings have their own terms/rounding; null = the usual. */
    private Integer paymentTermsDays;
    private Boolean roundToWholeKroner;
    private Instant createdAt;
    private String createdBy;
    private Instant approvedAt;
    private String approvedBy;
    private Instant postedAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "invoice_id", nullable = false)
    @OrderBy("lineNo")
    private List<InvoiceLine> lines = new ArrayList<>();

    /**
     * A credit note of what is left of an invoice: its VAT per rate and rounding, fixed to what is left of the
     * invoice's (see {@link CreditRemainder}); empty and null for every other invoice, whose figures follow the lines.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "invoice_fixed_vat", joinColumns = @JoinColumn(name = "invoice_id"))
    private Set<FixedVat> fixedVat = new HashSet<>();
    private BigDecimal fixedRounding;

    protected Invoice() {
    }

    Invoice(InvoiceType type, Customer customer, String seriesCode, Long creditedInvoiceId, Instant createdAt,
            String createdBy) {
        this.invoiceType = type;
        this.status = InvoiceStatus.DRAFT;
        this.customerId = customer.getId();
        this.seriesCode = seriesCode;
        this.creditedInvoiceId = creditedInvoiceId;
        this.currency = "NOK";
        this.language = customer.getLanguage();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** An invoice billing late-payment interest (rentenota): it accrues no interest of its own. */
    static Invoice interestNote(Customer customer, String seriesCode, Instant createdAt, String createdBy) {
        Invoice invoice = new Invoice(InvoiceType.INVOICE, customer, seriesCode, null, createdAt, createdBy);
        invoice.interestNote = true;
        return invoice;
    }

    void editDraft(DraftDetails details, List<InvoiceLine> newLines) {
        requireDraft("edit");
        this.invoiceDate = details.invoiceDate();
        this.deliveryDate = details.deliveryDate();
        this.deliveryPlace = details.deliveryPlace();
        this.buyerReference = details.buyerReference();
        this.note = details.note();
        this.lines.clear();
        this.lines.addAll(newLines);
        this.fixedVat.clear();
        this.fixedRounding = null;
    }

    /**
     * Makes a credit note draft of what is left to credit keep what is left of the invoice's VAT per rate and
     * rounding; its lines already carry what is left of their net. Editing the draft again undoes it.
     */
    void fixRemainder(Map<BigDecimal, BigDecimal> vatByRate, BigDecimal rounding) {
        requireDraft("edit");
        this.fixedVat.clear();
        vatByRate.forEach((rate, vat) -> this.fixedVat.add(new FixedVat(rate, vat)));
        this.fixedRounding = rounding;
    }

    void changeCustomer(Customer customer) {
        requireDraft("change the customer of");
        this.customerId = customer.getId();
        this.language = customer.getLanguage();
    }

    void approve(String user, Instant at) {
        requireDraft("send");
        this.status = InvoiceStatus.APPROVED;
        this.approvedBy = user;
        this.approvedAt = at;
    }

    void orderTerms(Integer paymentTermsDays, Boolean roundToWholeKroner) {
        this.paymentTermsDays = paymentTermsDays;
        this.roundToWholeKroner = roundToWholeKroner;
    }

    /** The rounding this invoice uses: its own (from order settings) or the company's. */
    public boolean roundsToWholeKroner(boolean companyRounds) {
        return roundToWholeKroner != null ? roundToWholeKroner : companyRounds;
    }

    public Integer getPaymentTermsDays() { return paymentTermsDays; }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void markPosted(long number, LocalDate invoiceDate, LocalDate dueDate, String kid, Customer buyer,
            InvoiceTotals totals, long voucherId, Instant at) {
        if (status != InvoiceStatus.APPROVED) {
            throw new IllegalStateException("Only an approved invoice can be posted; invoice " + id + " is " + status);
        }
        this.status = InvoiceStatus.POSTED;
        this.invoiceNumber = number;
        this.invoiceDate = invoiceDate;
        this.dueDate = dueDate;
        this.kid = kid;
        this.buyerName = buyer.getName();
        this.buyerOrgNumber = buyer.getOrgNumber();
        this.buyerAddressLine1 = buyer.getAddressLine1();
        this.buyerAddressLine2 = buyer.getAddressLine2();
        this.buyerPostalCode = buyer.getPostalCode();
        this.buyerCity = buyer.getCity();
        this.buyerCountryCode = buyer.getCountryCode();
        this.netTotal = totals.netTotal();
        this.vatTotal = totals.vatTotal();
        this.rounding = totals.rounding();
        this.total = totals.total();
        this.voucherId = voucherId;
        this.postedAt = at;
    }

    void requireDraft(String action) {
        if (status != InvoiceStatus.DRAFT) {
            throw new ConflictException("Cannot " + action + " " + describe() + ": it is " + status.name().toLowerCase()
                    + ", not a draft" + (status == InvoiceStatus.POSTED ? "; a posted invoice can never be changed or deleted"
                            + (invoiceType == InvoiceType.INVOICE ? " (issue a credit note instead)" : "") : ""),
                    status == InvoiceStatus.POSTED ? "invoices.posted" : "invoices.notADraft");
        }
    }

    /** "invoice 10001", "credit note 20001", "draft invoice 7" or "invoice 7 (not numbered yet)". */
    public String describe() {
        String kind = invoiceType == InvoiceType.INVOICE ? "invoice" : "credit note";
        if (invoiceNumber != null) {
            return kind + " " + invoiceNumber;
        }
        return status == InvoiceStatus.DRAFT ? "draft " + kind + " " + id : kind + " " + id + " (not numbered yet)";
    }

    public boolean isPosted() {
        return status == InvoiceStatus.POSTED;
    }

    public Long getId() { return id; }
    public InvoiceType getInvoiceType() { return invoiceType; }
    public InvoiceStatus getStatus() { return status; }
    public long getCustomerId() { return customerId; }
    public String getSeriesCode() { return seriesCode; }
    public Long getInvoiceNumber() { return invoiceNumber; }
    public LocalDate getInvoiceDate() { return invoiceDate; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getDeliveryDate() { return deliveryDate; }
    public String getDeliveryPlace() { return deliveryPlace; }
    public String getKid() { return kid; }
    public String getBuyerReference() { return buyerReference; }
    public String getNote() { return note; }
    public Long getCreditedInvoiceId() { return creditedInvoiceId; }
    /** An interest note (rentenota): paid late, it accrues no interest (no interest on interest). */
    public boolean isInterestNote() { return interestNote; }
    public String getCurrency() { return currency; }
    public String getLanguage() { return language; }
    public String getBuyerName() { return buyerName; }
    public String getBuyerOrgNumber() { return buyerOrgNumber; }
    public String getBuyerAddressLine1() { return buyerAddressLine1; }
    public String getBuyerAddressLine2() { return buyerAddressLine2; }
    public String getBuyerPostalCode() { return buyerPostalCode; }
    public String getBuyerCity() { return buyerCity; }
    public String getBuyerCountryCode() { return buyerCountryCode; }
    public BigDecimal getNetTotal() { return netTotal; }
    public BigDecimal getVatTotal() { return vatTotal; }
    public BigDecimal getRounding() { return rounding; }
    public BigDecimal getTotal() { return total; }
    public Long getVoucherId() { return voucherId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getPostedAt() { return postedAt; }
    public List<InvoiceLine> getLines() { return List.copyOf(lines); }
    /** The VAT of a rate fixed to what was left to credit; empty: the VAT of the rate's lines, as usual. */
    public Optional<BigDecimal> fixedVat(BigDecimal rate) {
        return fixedVat.stream().filter(v -> v.getRate().compareTo(rate) == 0).map(FixedVat::getAmount).findFirst();
    }
    /** The rounding fixed to what was left to credit; null: the usual rounding. */
    public BigDecimal getFixedRounding() { return fixedRounding; }
}
