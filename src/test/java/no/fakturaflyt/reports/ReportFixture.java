package no.fakturaflyt.reports;

import java.math.BigDecimal;
import java.util.List;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerForm;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.CreditLineForm;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;

/**
 * Posts, today, the documents whose figures the report tests computed by hand: a customer in Bergen (5003, municipality
 * 4601, Vestland 46) invoiced 2 x 1 234.50 + 3 x 99.90 = 2 768.70 and credited 1 x 1 234.50, net 1 534.20; a customer
 * in Båtsfjord (9990, municipality 5632, Finnmark 56) invoiced 10 x 99.90 = 999.00. Product A nets 1 234.50, product
 * B 299.70 + 999.00 = 1 298.70. Product A has no cost price; B costs 60.00 a unit: 13 x 60.00 = 780.00, margin
 * 518.70; Bergen's lines of B net 299.70 at a cost of 180.00 (margin 119.70), Båtsfjord's 999.00 at 600.00 (399.00).
 */
final class ReportFixture {

    private final TestData data;
    private final CustomerService customers;
    private final InvoiceService invoices;
    private final Jobs jobs;

    ReportFixture(TestData data, CustomerService customers, InvoiceService invoices, Jobs jobs) {
        this.data = data;
        this.customers = customers;
        this.invoices = invoices;
        this.jobs = jobs;
    }

    record Posted(Customer bergen, Customer baatsfjord, Product a, Product b) {
    }

    Posted post() {
        data.company();
        Customer bergen = customer("Bergen", "5003");
        Customer baatsfjord = customer("Båtsfjord", "9990");
        Product a = data.product("3", "1234.50");
        Product b = data.product("31", "99.90", "60.00");
        Invoice first = send(data.draft(bergen, a, 2, b, 3));
        send(invoices.createCreditNote(first.getId(), List.of(new CreditLineForm(1, BigDecimal.ONE)), "retur",
                "clerk"));
        send(data.draft(baatsfjord, b, 10));
        return new Posted(bergen, baatsfjord, a, b);
    }

    private Customer customer(String city, String postalCode) {
        return customers.create(new CustomerForm(CustomerType.BUSINESS, "Rapportkunde " + System.nanoTime() + " AS",
                TestData.orgNumber(), "Storgata 1", null, postalCode, city, "NO",
                "rapport" + System.nanoTime() + "@kunde.example", null, "nb", null, null, false));
    }

    private Invoice send(Invoice draft) {
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        Invoice posted = invoices.get(draft.getId());
        if (!posted.isPosted()) {
            throw new IllegalStateException("Not posted: " + posted.describe());
        }
        return posted;
    }
}
