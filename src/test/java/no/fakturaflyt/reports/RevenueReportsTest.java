package no.fakturaflyt.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.sales.QuoteForm;
import no.fakturaflyt.sales.SalesLineForm;
import no.fakturaflyt.sales.SalesService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report figures for documents posted today, against the sums in {@link ReportFixture} computed by hand. */
@FakturaflytTest
class RevenueReportsTest {

    @Autowired RevenueReports reports;
    @Autowired TestData data;
    @Autowired CustomerService customers;
    @Autowired InvoiceService invoices;
    @Autowired Jobs jobs;
    @Autowired OsloClock clock;
    @Autowired SalesService sales;

    @Test
    void revenueIsSummedPerCustomerProductCountyAndMunicipality() {
        LocalDate today = clock.today();
        RevenueReport before = reports.report(today, today);
        ReportFixture.Posted posted = new ReportFixture(data, customers, invoices, jobs).post();
        RevenueReport after = reports.report(today, today);

        RevenueReport.CustomerRevenue bergen = customer(after, posted.bergen().getCustomerNumber());
        assertThat(bergen.invoiced()).isEqualByComparingTo("2768.70");
        assertThat(bergen.credited()).isEqualByComparingTo("1234.50");
        assertThat(bergen.net()).isEqualByComparingTo("1534.20");
        assertThat(bergen.cost()).isEqualByComparingTo("180.00");
        assertThat(bergen.margin()).isEqualByComparingTo("119.70");
        RevenueReport.CustomerRevenue baatsfjord = customer(after, posted.baatsfjord().getCustomerNumber());
        assertThat(baatsfjord.net()).isEqualByComparingTo("999.00");
        assertThat(baatsfjord.margin()).isEqualByComparingTo("399.00");

        RevenueReport.ProductRevenue a = product(after, posted.a().getProductNumber());
        assertThat(a.net()).isEqualByComparingTo("1234.50");
        assertThat(a.cost()).isNull();
        assertThat(a.margin()).isNull();
        RevenueReport.ProductRevenue b = product(after, posted.b().getProductNumber());
        assertThat(b.net()).isEqualByComparingTo("1298.70");
        assertThat(b.cost()).isEqualByComparingTo("780.00");
        assertThat(b.margin()).isEqualByComparingTo("518.70");

        assertThat(county(after, "46").subtract(county(before, "46"))).isEqualByComparingTo("1534.20");
        assertThat(county(after, "56").subtract(county(before, "56"))).isEqualByComparingTo("999.00");
        assertThat(municipality(after, "4601").subtract(municipality(before, "4601")))
                .isEqualByComparingTo("1534.20");
        assertThat(municipality(after, "5632").subtract(municipality(before, "5632")))
                .isEqualByComparingTo("999.00");
        assertThat(after.counties()).anySatisfy(c -> {
            assertThat(c.countyNumber()).isEqualTo("56");
            assertThat(c.county()).isEqualTo("Finnmark");
        });
        assertThat(after.municipalities()).anySatisfy(m -> {
            assertThat(m.municipalityNumber()).isEqualTo("5632");
            assertThat(m.municipality()).isEqualTo("BÅTSFJORD");
        });

        RevenueReport earlier = reports.report(null, today.minusDays(1));
        assertThat(earlier.customers()).noneMatch(c -> c.customerNumber() == posted.bergen().getCustomerNumber());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingTheField() {
        LocalDate today = clock.today();
        assertThatThrownBy(() -> reports.report(today, today.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("to"));
    }

    @Test
    void theHitRateIsAcceptedOfDecidedQuotesOfThePeriod() {
        LocalDate today = clock.today();
        RevenueReport.QuoteHitRate before = reports.report(today, today).hitRate();
        Customer customer = data.business("treff" + System.nanoTime() + "@kunde.example");
        Product product = data.product("3", "100.00");
        sales.acceptQuote(sent(customer, product), "clerk");
        sales.declineQuote(sent(customer, product), "For dyrt", "clerk");
        sales.declineQuote(sent(customer, product), "Valgte en annen", "clerk");
        sales.expireQuote(sent(customer, product));
        sent(customer, product);

        RevenueReport.QuoteHitRate after = reports.report(today, today).hitRate();
        assertThat(after.accepted() - before.accepted()).isEqualTo(1);
        assertThat(after.declined() - before.declined()).isEqualTo(2);
        assertThat(after.expired() - before.expired()).isEqualTo(1);
        assertThat(after.open() - before.open()).isEqualTo(1);
        assertThat(after.decided() - before.decided()).isEqualTo(4);
        assertThat(after.percent()).isNotNull();
    }

    private long sent(Customer customer, Product product) {
        long id = sales.createQuote(new QuoteForm(customer.getId(), null, null, null, java.util.List.of(
                new SalesLineForm(product.getId(), null, BigDecimal.ONE, null, null, null, null))), "clerk").getId();
        return sales.sendQuote(id, "clerk").getId();
    }

    static RevenueReport.CustomerRevenue customer(RevenueReport report, long number) {
        return report.customers().stream().filter(c -> c.customerNumber() == number).findFirst().orElseThrow();
    }

    static RevenueReport.ProductRevenue product(RevenueReport report, String number) {
        return report.products().stream().filter(p -> p.productNumber().equals(number)).findFirst().orElseThrow();
    }

    static BigDecimal county(RevenueReport report, String number) {
        return report.counties().stream().filter(c -> c.countyNumber().equals(number))
                .map(RevenueReport.CountyRevenue::net).findFirst().orElse(BigDecimal.ZERO);
    }

    static BigDecimal municipality(RevenueReport report, String number) {
        return report.municipalities().stream().filter(m -> m.municipalityNumber().equals(number))
                .map(RevenueReport.MunicipalityRevenue::net).findFirst().orElse(BigDecimal.ZERO);
    }
}
