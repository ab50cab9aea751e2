package no.fakturaflyt.support;

import no.fakturaflyt.invoicing.InvoiceStatus;

import no.fakturaflyt.common.OsloClock;

import java.time.LocalDate;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.CheckDigits;
import no.fakturaflyt.common.KidAlgorithm;
import no.fakturaflyt.company.CompanySettingsForm;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerForm;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.DraftForm;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.product.ProductForm;
import no.fakturaflyt.product.ProductService;
import org.springframework.boot.test.context.TestComponent;

/** Builds the company, customers, products and drafts tests need, through the application's own services. */
@TestComponent
public class TestData {

    public static final String COMPANY_ORG_NUMBER = "123456785";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CompanySettingsService company;
    private final CustomerService customers;
    private final ProductService products;
    private final InvoiceService invoices;

    TestData(CompanySettingsService company, CustomerService customers, ProductService products,
            InvoiceService invoices) {
        this.company = company;
        this.customers = customers;
        this.products = products;
        this.invoices = invoices;
    }

    /** The test company: VAT-registered AS, KID MOD10 of 5 + 7 digits, 14 days' terms, no rounding, no fee. */
    public void company() {
        company(false, BigDecimal.ZERO);
    }

    public void company(boolean roundToWholeKroner, BigDecimal invoiceFee) {
        company(roundToWholeKroner, invoiceFee, false);
    }

    /** The test company with factoring switched on (FACTORING still has to be in the customer's run). */
    public void companyWithFactoring() {
        company(false, BigDecimal.ZERO, true);
    }

    private void company(boolean roundToWholeKroner, BigDecimal invoiceFee, boolean factoring) {
        company.update(new CompanySettingsForm("Testfirma AS", COMPANY_ORG_NUMBER, true, true, "Testveien 1", "0150",
                "Oslo", "NO", null, "12345678903", "NO7112345678903", "DNBANOKK", "faktura@testfirma.example",
                company.find().map(s -> s.getInvoiceStartNumber()).orElse(50001L), false, null, 14,
                KidAlgorithm.MOD10, 5, 7, roundToWholeKroner, invoiceFee, null, "skriver@testfirma.example",
                factoring, null));
    }

    public Customer business(String email) {
        return customers.create(new CustomerForm(CustomerType.BUSINESS, "Kunde " + next() + " AS", orgNumber(),
                "Kundeveien 2", null, "5003", "Bergen", "NO", email, null, "nb", null, null, false));
    }

    public Customer person(String email, String language) {
        return customers.create(new CustomerForm(CustomerType.PERSON, "Ola Nordmann " + next(), null, "Gata 3", null,
                "0150", "Oslo", "NO", email, null, language, null, null, false));
    }

    /**
     * A customer with its own distribution order, so that a test does not depend on which channels the installation
     * has or on the company's default order.
     */
    public Customer customer(CustomerType type, String email, List<ChannelType> distributionOrder) {
        boolean business = type == CustomerType.BUSINESS;
        return customers.create(new CustomerForm(type, business ? "Kunde " + next() + " AS" : "Ola Nordmann " + next(),
                business ? orgNumber() : null, business ? "Kundeveien 2" : "Gata 3", null, business ? "5003" : "0150",
                business ? "Bergen" : "Oslo", "NO", email, null, "nb", null, distributionOrder, false));
    }

    public Product product(String vatCode, String price) {
        return product(vatCode, price, null);
    }

    /** A product with a cost price (null: none). */
    public Product product(String vatCode, String price, String costPrice) {
        return products.create(new ProductForm("P" + next(), "Vare " + SEQUENCE.get(), "stk", new BigDecimal(price),
                vatCode, null, true, null, costPrice == null ? null : new BigDecimal(costPrice)));
    }

    /** A draft with one line per product, quantity as given. */
    public Invoice draft(Customer customer, Object... productAndQuantity) {
        List<DraftForm.LineForm> lines = new java.util.ArrayList<>();
        for (int i = 0; i < productAndQuantity.length; i += 2) {
            Product product = (Product) productAndQuantity[i];
            lines.add(new DraftForm.LineForm(product.getId(), null, new BigDecimal(productAndQuantity[i + 1].toString()),
                    null, null, null, null));
        }
        return invoices.createDraft(new DraftForm(customer.getId(), null, null, null, null, lines), "clerk");
    }

    /**
     * The day after the latest invoice date posted so far in the shared test database (today at the earliest): an
     * invoice dated back from a later day to this one keeps its series in date order, whatever other tests posted.
     */
    public LocalDate dayAfterEveryPostedInvoice() {
        LocalDate today = LocalDate.now(OsloClock.OSLO);
        return invoices.list(InvoiceStatus.POSTED).stream().map(Invoice::getInvoiceDate)
                .filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder())
                .map(latest -> latest.plusDays(1)).filter(day -> day.isAfter(today)).orElse(today);
    }

    /** A fresh valid organisation number for each call. */
    public static String orgNumber() {
        for (int n = 800_000_00 + SEQUENCE.incrementAndGet() * 7; ; n++) {
            String candidate = String.valueOf(n);
            for (char check = '0'; check <= '9'; check++) {
                if (CheckDigits.isValidOrganisationNumber(candidate + check)) {
                    return candidate + check;
                }
            }
        }
    }

    private static int next() {
        return SEQUENCE.incrementAndGet();
    }

    /** The customer's own data as a form, with {@code order} as its distribution order. */
    public static no.fakturaflyt.customer.CustomerForm withDistributionOrder(Customer c,
            java.util.List<no.fakturaflyt.common.ChannelType> order) {
        return new no.fakturaflyt.customer.CustomerForm(c.getCustomerType(), c.getName(), c.getOrgNumber(),
                c.getAddressLine1(), c.getAddressLine2(), c.getPostalCode(), c.getCity(), c.getCountryCode(),
                c.getInvoiceEmail(), c.getMobile(), c.getLanguage(), c.getPaymentTermsDays(), order,
                c.hasAvtaleGiroMandate());
    }
}
