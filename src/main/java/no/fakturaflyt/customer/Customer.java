package no.fakturaflyt.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import no.fakturaflyt.common.ChannelType;

@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long customerNumber;
    @Enumerated(EnumType.STRING)
    private CustomerType customerType;
    private String name;
    private String orgNumber;
    private String addressLine1;
    private String addressLine2;
    private String postalCode;
    private String city;
    private String countryCode;
    private String invoiceEmail;
    private String mobile;
    private String language;
    private Integer paymentTermsDays;
    private String distributionOrder;
    private boolean avtalegiroMandate;
    /** The customer's own invoice layout (InvoiceTemplate key); null: the company's default. */
    private String invoiceTemplate;
    /**
     * The notify flag (J/N, "skriftlig varsel") of the payer's AvtaleGiro mandate, as the agreements file reports it:
     * true when the payer wants the bank to notify each charge (claims of transaction type 21); false when the payee
     * must notify the payer itself before the charge date (type 02). Only the agreements file sets it.
     */
    private boolean avtalegiroBankNotice;
    @Enumerated(EnumType.STRING)
    private RegisterStatus registerStatus;
    private Instant registerCheckedAt;
    @Version
    private long version;
    private Instant createdAt;

    protected Customer() {
    }

    Customer(long customerNumber, Instant createdAt) {
        this.customerNumber = customerNumber;
        this.createdAt = createdAt;
    }

    void apply(CustomerForm form) {
        customerType = form.type();
        name = form.name().trim();
        orgNumber = form.type() == CustomerType.BUSINESS ? form.orgNumber() : null;
        addressLine1 = form.addressLine1().trim();
        addressLine2 = blankToNull(form.addressLine2());
        postalCode = form.postalCode().trim();
        city = form.city().trim();
        countryCode = form.countryCode() == null ? "NO" : form.countryCode();
        invoiceEmail = blankToNull(form.invoiceEmail());
        mobile = blankToNull(form.mobile());
        language = form.language() == null ? "nb" : form.language();
        paymentTermsDays = form.paymentTermsDays();
        distributionOrder = ChannelType.format(form.distributionOrder());
        avtalegiroMandate = Boolean.TRUE.equals(form.avtaleGiroMandate());
    }

    /**
     * Sets or clears the AvtaleGiro mandate and its notify flag (a deleted mandate clears both); answers whether that
     * changed anything.
     */
    boolean changeAvtaleGiroMandate(boolean mandate, boolean bankNotice) {
        boolean notice = mandate && bankNotice;
        boolean changed = avtalegiroMandate != mandate || avtalegiroBankNotice != notice;
        avtalegiroMandate = mandate;
        avtalegiroBankNotice = notice;
        return changed;
    }

    void recordRegisterStatus(RegisterStatus status, Instant checkedAt) {
        registerStatus = status;
        registerCheckedAt = checkedAt;
    }

    void changeInvoiceEmail(String email) {
        this.invoiceEmail = blankToNull(email);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() { return id; }
    public long getCustomerNumber() { return customerNumber; }
    public CustomerType getCustomerType() { return customerType; }
    public String getInvoiceTemplate() { return invoiceTemplate; }

    void chooseInvoiceTemplate(String template) {
        this.invoiceTemplate = template;
    }
    public String getName() { return name; }
    public String getOrgNumber() { return orgNumber; }
    public String getAddressLine1() { return addressLine1; }
    public String getAddressLine2() { return addressLine2; }
    public String getPostalCode() { return postalCode; }
    public String getCity() { return city; }
    public String getCountryCode() { return countryCode; }
    public String getInvoiceEmail() { return invoiceEmail; }
    public String getMobile() { return mobile; }
    public String getLanguage() { return language; }
    public Integer getPaymentTermsDays() { return paymentTermsDays; }
    public boolean hasAvtaleGiroMandate() { return avtalegiroMandate; }
    /** Whether the payer's bank notifies each AvtaleGiro charge (notify flag J); see the field. */
    public boolean wantsAvtaleGiroBankNotice() { return avtalegiroMandate && avtalegiroBankNotice; }

    /** The customer's own order of delivery channels, or null to follow the company's. */
    public List<ChannelType> getDistributionOrder() { return ChannelType.parseList(distributionOrder); }
    /** What Enhetsregisteret last said about this business, or null when it was never asked. */
    public RegisterStatus getRegisterStatus() { return registerStatus; }
    public Instant getRegisterCheckedAt() { return registerCheckedAt; }
    /** The register's warning about this customer (bankrupt, deleted, ...), or null. */
    public String getRegisterWarning() {
        return registerStatus == null ? null : registerStatus.warning(orgNumber);
    }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
