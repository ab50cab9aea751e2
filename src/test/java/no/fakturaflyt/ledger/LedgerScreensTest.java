package no.fakturaflyt.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's screens in a real browser: an admin sets up a fiscal year and closes an ended period and then the
 * year; an uploaded chart is checked row by row and refused beside the file field (a bad row; a good file once
 * vouchers exist); an auditor downloads the period's SAF-T file, which validates against the official schema; a
 * clerk reads the years and the chart but sees no button to change them and no SAF-T. A far year of its own, so
 * that the committed closings touch no other test.
 */
@FakturaflytTest
class LedgerScreensTest {

    private static final AtomicLong SOURCE = new AtomicLong(System.nanoTime());

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired LedgerService ledger;
    @Autowired FiscalCalendar calendar;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    @Test
    void anAdminSetsUpAYearClosesAnEndedPeriodAndThenTheYear() {
        int year = LocalDate.now(OsloClock.OSLO).getYear() - 24;
        browser.login("admin");
        browser.open("/");
        browser.find(By.cssSelector("a[href='/ledger/fiscal-years']")).click();

        browser.field("year").clear();
        browser.field("year").sendKeys("to tusen");
        browser.find(By.id("open-year")).click();
        assertThat(browser.text(By.id("year-error"))).isEqualTo("«to tusen» er ikke et år.");
        assertThat(browser.field("year").getDomAttribute("aria-invalid")).isEqualTo("true");

        browser.field("year").clear();
        browser.field("year").sendKeys(String.valueOf(year));
        browser.find(By.id("open-year")).click();
        assertThat(browser.text(By.id("done"))).isEqualTo("Regnskapsåret " + year + " er opprettet.");
        assertThat(browser.text(By.cssSelector("#year-" + year + " .badge"))).isEqualTo("Åpent");

        browser.find(By.id("close-" + YearMonth.of(year, 2))).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.urlContains("closed="));
        assertThat(browser.text(By.id("done"))).isEqualTo(YearMonth.of(year, 2) + " er lukket.");
        assertThat(browser.driver().findElements(By.id("close-" + YearMonth.of(year, 2)))).isEmpty();
        assertThat(calendar.year(year).closedPeriods()).containsExactly(2);

        browser.find(By.id("close-year-" + year)).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.urlContains("closed=" + year));
        assertThat(browser.text(By.cssSelector("#year-" + year + " .badge"))).isEqualTo("Lukket");
        assertThat(browser.driver().findElements(By.id("close-year-" + year))).as("closing is final").isEmpty();
        assertThat(calendar.year(year).status()).isEqualTo(FiscalYearStatus.CLOSED);
        browser.screenshot("fiscal-years");

        browser.field("year").clear();
        browser.field("year").sendKeys(String.valueOf(year));
        browser.find(By.id("open-year")).click();
        browser.waitUntil(d -> !d.findElement(By.id("year-error")).getText().isBlank());
        assertThat(browser.text(By.id("year-error")))
                .isEqualTo("Regnskapsåret " + year + " er lukket; et lukket år åpnes ikke igjen.");
    }

    @Test
    void anUploadedChartIsCheckedRowByRowAndRefusedBesideTheFileField() throws Exception {
        postOneVoucher();
        Path bad = Files.createTempFile("kontoplan-", ".csv");
        Files.writeString(bad, "Kontonr;Kontonavn;Standardkonto\r\n1500;Kundefordringer;1500\r\n19x0;Bank;1920\r\n"
                + "3010;Salg;4000\r\n", StandardCharsets.UTF_8);
        browser.login("admin");
        browser.open("/ledger/fiscal-years");
        browser.find(By.id("tab-chart")).click();

        browser.field("file").sendKeys(bad.toAbsolutePath().toString());
        browser.find(By.id("upload-chart")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        assertThat(browser.text(By.id("file-error"))).endsWith("problem(s) in the chart of accounts; nothing was "
                + "imported");
        assertThat(browser.text(By.cssSelector("#check-row-2"))).contains("1500").contains("OK");
        assertThat(browser.text(By.cssSelector("#check-row-3"))).contains("'19x0' is no account number");
        assertThat(browser.text(By.cssSelector("#check-row-4"))).contains("is in class 3 but standard account 4000");
        assertThat(browser.text(By.id("chart-problems"))).contains("No account is mapped to standard account 1920");
        browser.screenshot("chart-check");

        Path good = Files.createTempFile("kontoplan-", ".csv");
        StringBuilder rows = new StringBuilder("Kontonr;Kontonavn;Standardkonto\r\n");
        for (int account : List.of(1500, 1579, 1920, 2700, 2701, 2703, 2999, 3000, 3030, 3050, 3100, 3105, 3200,
                3900, 7740, 7770, 7830, 8055)) {
            rows.append(account).append(";Konto ").append(account).append(';').append(account).append("\r\n");
        }
        Files.writeString(good, rows, StandardCharsets.UTF_8);
        browser.field("file").sendKeys(good.toAbsolutePath().toString());
        browser.find(By.id("upload-chart")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        assertThat(browser.text(By.id("file-error"))).contains("Kontoplanen kan bare byttes før første bokføring");
        assertThat(browser.driver().findElements(By.cssSelector("#check-rows .field-error"))).isEmpty();
        assertThat(ledger.chartOfAccounts()).as("nothing taken").anySatisfy(a ->
                assertThat(a.getName()).isEqualTo("Kundefordringer"));
        Files.delete(bad);
        Files.delete(good);
    }

    @Test
    void anAuditorDownloadsTheSaftFileOfAPeriodAndAWrongDayIsRefusedBesideItsField() throws Exception {
        LocalDate day = postOneVoucher();
        browser.login("auditor");
        browser.open("/ledger/fiscal-years");
        assertThat(browser.driver().findElements(By.id("open-year-form"))).isEmpty();
        browser.find(By.id("tab-saft")).click();

        setDate("from", day.withDayOfMonth(1).toString());
        setDate("to", day.withDayOfMonth(1).minusDays(1).toString());
        browser.find(By.id("download-saft")).click();
        assertThat(browser.text(By.id("to-error"))).contains("'to' not before 'from'");
        assertThat(browser.field("to").getDomAttribute("aria-invalid")).isEqualTo("true");

        HttpResponse<byte[]> file = get("/ledger/saft/file?from=" + day.withDayOfMonth(1) + "&to="
                + YearMonth.from(day).atEndOfMonth(), session());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("SAF-T Financial_");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/saft/Norwegian_SAF-T_Financial_Schema_v_1.30.xsd"))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(file.body())));
    }

    @Test
    void aClerkReadsTheYearsAndTheChartButChangesNothingAndGetsNoSaft() throws Exception {
        browser.login("clerk");
        browser.open("/ledger/fiscal-years");
        assertThat(browser.find(By.id("fiscal-years")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.id("open-year-form"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#fiscal-years button"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("tab-saft"))).isEmpty();

        browser.find(By.id("tab-chart")).click();
        assertThat(browser.text(By.cssSelector("#role-1500"))).contains("1500");
        assertThat(browser.driver().findElements(By.id("chart-form"))).isEmpty();

        assertThat(get("/ledger/saft", session()).statusCode()).isEqualTo(403);
        assertThat(get("/ledger/saft/file?from=2026-01-01&to=2026-01-31", session()).statusCode()).isEqualTo(403);
    }

    private LocalDate postOneVoucher() {
        LocalDate today = LocalDate.now(OsloClock.OSLO);
        BigDecimal amount = new BigDecimal("10.00");
        transactions.executeWithoutResult(status -> ledger.post(new VoucherRequest(today, "Skjermtest", "SCREEN_TEST",
                SOURCE.incrementAndGet(), "test", List.of(PostingLine.debit(1920, amount, null, null, "bank"),
                        PostingLine.credit(LedgerService.RECEIVABLES_ACCOUNT, amount, null, null, "receivable")))));
        return today;
    }

    private void setDate(String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.field(id), value);
    }

    private String session() {
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    private HttpResponse<byte[]> get(String path, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
