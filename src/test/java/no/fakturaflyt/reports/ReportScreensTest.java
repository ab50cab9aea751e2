package no.fakturaflyt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor opens the reports in the browser, chooses a period without the fixture's documents and then the day
 * they were posted, reads the hand-computed figures, and downloads the customer and region reports as CSV.
 */
@FakturaflytTest
class ReportScreensTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired TestData data;
    @Autowired CustomerService customers;
    @Autowired InvoiceService invoices;
    @Autowired Jobs jobs;
    @Autowired OsloClock clock;
    @LocalServerPort int port;

    @Test
    void theAuditorFiltersByPeriodAndDownloadsTheCsv() throws Exception {
        ReportFixture.Posted posted = new ReportFixture(data, customers, invoices, jobs).post();
        LocalDate today = clock.today();
        long bergen = posted.bergen().getCustomerNumber();
        By bergenRow = By.id("customer-" + bergen);

        browser.login("auditor").open("/reports");
        period(today.minusDays(1), today.minusDays(1));
        assertThat(browser.driver().findElements(bergenRow)).isEmpty();

        period(today, today);
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(bergenRow));
        assertThat(amount(By.cssSelector("#customer-" + bergen + " .invoiced"))).isEqualTo("2768,70");
        assertThat(amount(By.cssSelector("#customer-" + bergen + " .credited"))).isEqualTo("1234,50");
        assertThat(amount(By.cssSelector("#customer-" + bergen + " .net"))).isEqualTo("1534,20");
        assertThat(amount(By.cssSelector("#product-" + posted.b().getProductNumber() + " .net")))
                .isEqualTo("1298,70");
        assertThat(browser.text(By.cssSelector("#product-" + posted.a().getProductNumber() + " .margin")))
                .isEqualTo("ukjent");
        assertThat(amount(By.cssSelector("#product-" + posted.b().getProductNumber() + " .margin")))
                .isEqualTo("518,70");
        assertThat(amount(By.cssSelector("#customer-" + bergen + " .margin"))).isEqualTo("119,70");
        assertThat(browser.text(By.id("county-56"))).contains("Finnmark");
        assertThat(browser.text(By.id("municipality-5632"))).contains("BÅTSFJORD");

        HttpResponse<byte[]> csv = download(By.id("csv-customers"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        byte[] body = csv.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")[0]).isEqualTo("Kundenr;Kunde;Fakturert;Kreditert;Netto;Bruttofortjeneste");
        assertThat(text).contains("\r\n" + bergen + ";" + posted.bergen().getName()
                + ";2768,70;1234,50;1534,20;119,70\r\n");
        assertThat(text).contains("\r\n" + posted.baatsfjord().getCustomerNumber() + ";"
                + posted.baatsfjord().getName() + ";999,00;0,00;999,00;399,00\r\n");

        String regions = new String(download(By.id("csv-regions")).body(), StandardCharsets.UTF_8);
        assertThat(regions).contains("\r\n56;Finnmark;5632;BÅTSFJORD;");
        String products = new String(download(By.id("csv-products")).body(), StandardCharsets.UTF_8);
        assertThat(products).contains("\r\n" + posted.b().getProductNumber() + ";" + posted.b().getName()
                + ";1298,70;780,00;518,70\r\n");
        assertThat(products).as("no cost price: cost and margin left empty").contains("\r\n"
                + posted.a().getProductNumber() + ";" + posted.a().getName() + ";1234,50;;\r\n");
        browser.screenshot("reports");

        HttpResponse<byte[]> refused = get("/reports/csv?kind=nonsense");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("\"field\":\"kind\"");
        assertThat(get("/reports/csv?kind=customers&from=2026-13-01").statusCode()).isEqualTo(400);
        period(today, today.minusDays(1));
        assertThat(browser.text(By.id("to-error"))).isNotBlank();
        assertThat(browser.driver().findElements(By.id("customers"))).isEmpty();
    }

    private void period(LocalDate from, LocalDate to) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("arguments[0].value = arguments[1]", browser.field("from"), from.toString());
        js.executeScript("arguments[0].value = arguments[1]", browser.field("to"), to.toString());
        browser.find(By.id("show")).click();
        browser.waitUntil(ExpectedConditions.urlContains("to=" + to));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("period-form")));
    }

    private String amount(By by) {
        return browser.text(by).replaceAll("[\\s\\u00A0\\u202F]", "");
    }

    /** The link's target fetched with the browser's session, as a download would. */
    private HttpResponse<byte[]> download(By link) throws Exception {
        return get(browser.find(link).getDomAttribute("href"));
    }

    private HttpResponse<byte[]> get(String href) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + href))
                .header("Cookie", cookies).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
