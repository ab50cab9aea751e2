package no.fakturaflyt.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.KidAlgorithm;

/** The invoicing company's own data and invoicing settings: a single row. */
@Entity
@Table(name = "company_settings")
public class CompanySettings {

    static final long SINGLETON_ID = 1L;

    @Id
    private Long id = SINGLETON_ID;
    private String name;
    private String orgNumber;
    private boolean vatRegistered;
    private boolean foretaksregisteret;
    private String addressLine;
    private String postalCode;
    private String city;
    private String countryCode;
    private String phone;
    private String bankAccount;
    private String iban;
    private String bic;
    /** The invoice layout of the company (InvoiceTemplate key); a customer may have its own. */
    private String invoiceTemplate = "standard";
    private String emailSender;
    private long invoiceStartNumber;
    private boolean creditNoteOwnSeries;
    private long creditNoteStartNumber;
    private int paymentTermsDays;
    @Enumerated(EnumType.STRING)
    private KidAlgorithm kidAlgorithm;
    private int kidCustomerDigits;
    private int kidInvoiceDigits;
    /** KIDs of digits only: a MOD11 KID never ends in '-' (see {@link #hasKidVariantDigit()}). */
    private boolean numericKids = true;
    private boolean roundToWholeKroner;
    private BigDecimal invoiceFee;
    @Column(name = "logo_png")
    private byte[] logoPng;
    private String distributionOrder;
    private String printerEmail;
    private boolean factoringEnabled;
    @Version
    private long version;
    private Instant updatedAt;

    public String getName() { return name; }
    public String getOrgNumber() { return orgNumber; }
    public boolean isVatRegistered() { return vatRegistered; }
    public boolean isForetaksregisteret() { return foretaksregisteret; }
    public String getAddressLine() { return addressLine; }
    public String getPostalCode() { return postalCode; }
    public String getCity() { return city; }
    public String getCountryCode() { return countryCode; }
    public String getPhone() { return phone; }
    public String getBankAccount() { return bankAccount; }
    public String getIban() { return iban; }
    public String getBic() { return bic; }
    public String getInvoiceTemplate() { return invoiceTemplate; }

    void chooseInvoiceTemplate(String template) {
        this.invoiceTemplate = template;
    }
    public String getEmailSender() { return emailSender; }
    public long getInvoiceStartNumber() { return invoiceStartNumber; }
    public boolean isCreditNoteOwnSeries() { return creditNoteOwnSeries; }
    public long getCreditNoteStartNumber() { return creditNoteStartNumber; }
    public int getPaymentTermsDays() { return paymentTermsDays; }
    public KidAlgorithm getKidAlgorithm() { return kidAlgorithm; }
    public int getKidCustomerDigits() { return kidCustomerDigits; }
    public int getKidInvoiceDigits() { return kidInvoiceDigits; }
    public boolean isNumericKids() { return numericKids; }

    /**
     * Whether an invoice KID carries a variant digit before its check digit: with MOD11 and numeric KIDs on. MOD11 gives
     * a check of 10 (written '-') for about one payload in eleven; many banks' systems and the AvtaleGiro claim file
     * take digits only. The variant digit is 0, or 1 when 0 would give '-': the variant digit has weight 2, so raising
     * it by one moves the check from 10 to 8, and the KID is always digits. MOD10 never gives a non-digit and has none.
     */
    public boolean hasKidVariantDigit() {
        return kidAlgorithm == KidAlgorithm.MOD11 && numericKids;
    }

    /** The length of an invoice KID: customer digits + invoice digits (+ variant digit) + check digit. */
    public int invoiceKidLength() {
        return kidCustomerDigits + kidInvoiceDigits + (hasKidVariantDigit() ? 1 : 0) + 1;
    }
    public boolean isRoundToWholeKroner() { return roundToWholeKroner; }
    public BigDecimal getInvoiceFee() { return invoiceFee; }
    public byte[] getLogoPng() { return logoPng; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getPrinterEmail() { return printerEmail; }
    public boolean isFactoringEnabled() { return factoringEnabled; }

    /** The channels of the distribution run, in order, unless the customer has an order of its own. */
    public List<ChannelType> getDistributionOrder() {
        List<ChannelType> order = ChannelType.parseList(distributionOrder);
        return order == null ? ChannelType.DEFAULT_ORDER : order;
    }
    public long getVersion() { return version; }

    void apply(CompanySettingsForm form, Instant now) {
        name = form.name().trim();
        orgNumber = form.orgNumber();
        vatRegistered = form.vatRegistered();
        foretaksregisteret = form.foretaksregisteret();
        addressLine = form.addressLine().trim();
        postalCode = form.postalCode().trim();
        city = form.city().trim();
        countryCode = form.countryCode();
        phone = form.phone();
        bankAccount = form.bankAccount();
        iban = form.iban();
        bic = form.bic();
        emailSender = form.emailSender();
        invoiceStartNumber = form.invoiceStartNumber();
        creditNoteOwnSeries = form.creditNoteOwnSeries();
        creditNoteStartNumber = form.creditNoteStartNumber() == null ? 0 : form.creditNoteStartNumber();
        paymentTermsDays = form.paymentTermsDays();
        kidAlgorithm = form.kidAlgorithm();
        kidCustomerDigits = form.kidCustomerDigits();
        kidInvoiceDigits = form.kidInvoiceDigits();
        numericKids = form.numericKids() == null || form.numericKids();
        roundToWholeKroner = form.roundToWholeKroner();
        invoiceFee = form.invoiceFee().setScale(2);
        distributionOrder = ChannelType.format(
                form.distributionOrder() == null ? ChannelType.DEFAULT_ORDER : form.distributionOrder());
        printerEmail = form.printerEmail() == null || form.printerEmail().isBlank() ? null : form.printerEmail().trim();
        factoringEnabled = form.factoringEnabled();
        updatedAt = now;
    }

    void setLogoPng(byte[] logoPng) {
        this.logoPng = logoPng;
    }
}
