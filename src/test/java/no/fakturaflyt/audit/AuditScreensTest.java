package no.fakturaflyt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * An auditor in the browser: finds a sent, partly paid invoice by its number, reads its trail (posting, delivery and
 * payment with user and time), downloads the CSV through the session, sees each instance's path; the page changes
 * nothing. The system log page lists an admin's change to a process instance.
 */
@FakturaflytTest
class AuditScreensTest {

    private static final String TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired OsloClock clock;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;

    @Test
    void anAuditorFindsAPartlyPaidInvoiceAndReadsAndDownloadsItsTrailWithoutAnyWayToChangeIt() {
        String email = "skjerm" + System.nanoTime() + "@kunde.example";
        Invoice draft = data.draft(data.business(email), data.product("3", "800.00"), 1);   // 1000.00 with VAT
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/api/invoices/" + draft.getId() + "/send",
                null, Map.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/api/invoices/" + draft.getId() + "/payments",
                Map.of("amount", "400.00", "paidOn", clock.today().toString(), "reference", "Delbetaling"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Invoice invoice = invoices.get(draft.getId());
        String number = String.valueOf(invoice.getInvoiceNumber());

        browser.login("auditor").open("/audit");
        browser.field("amount").sendKeys("mye");
        browser.find(By.id("search")).click();
        assertThat(browser.text(By.id("amount-error"))).isNotBlank();
        assertThat(browser.find(By.id("amount")).getDomAttribute("aria-invalid")).isEqualTo("true");

        browser.field("amount").clear();
        browser.field("number").sendKeys(number);
        browser.find(By.id("search")).click();
        List<WebElement> found = browser.driver().findElements(By.cssSelector("#found a.trail-link"));
        assertThat(found).singleElement().extracting(WebElement::getText).isEqualTo(number);
        found.get(0).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("trail")));

        assertThat(browser.text(By.tagName("h1"))).endsWith(" " + number);
        assertThat(browser.text(By.id("document"))).contains(invoice.getKid()).contains("1 000,00");
        List<List<String>> rows = browser.driver().findElements(By.cssSelector("#trail tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r.get(0)).matches(TIME));
        assertThat(rows).extracting(r -> r.get(0)).isSorted();
        // the posting: the invoice's voucher in the ledger, and the history's "posted" step
        assertThat(rows).filteredOn(r -> r.get(2).equals("ledger"))
                .anySatisfy(r -> assertThat(r.get(4)).contains("1500 debit").contains("1000.00"));
        assertThat(rows).filteredOn(r -> r.get(2).equals("invoice history"))
                .anySatisfy(r -> assertThat(r.get(1)).isEqualTo("clerk"));
        // the delivery: EHF unreachable, then the e-mail sent to the customer's address
        assertThat(rows).filteredOn(r -> r.get(3).equals("delivery through EMAIL: SENT")).singleElement()
                .satisfies(r -> assertThat(r.get(4)).contains(email));
        // the payment, recorded by the clerk
        assertThat(rows).filteredOn(r -> r.get(2).equals("payment")).singleElement().satisfies(r -> {
            assertThat(r.get(1)).isEqualTo("clerk");
            assertThat(r.get(3)).isEqualTo("payment of 400.00 (MANUAL)");
        });

        // each instance's path; a running instance marks where it is now
        List<WebElement> instances = browser.driver().findElements(By.cssSelector("section.instance"));
        assertThat(instances).isNotEmpty().allSatisfy(i -> {
            assertThat(i.findElements(By.cssSelector("ol.path li"))).isNotEmpty();
            if (i.findElement(By.tagName("h3")).getText().endsWith("ACTIVE")) {
                assertThat(i.findElements(By.cssSelector("ol.path li.current"))).isNotEmpty();
            }
        });

        // nothing on the page changes anything: every form in it is a GET (the header's logout aside)
        assertThat(browser.driver().findElements(By.cssSelector("main form[method='post'], main form[method='POST'],"
                + " main button[hx-post], main [hx-post], main [hx-delete], main [hx-put]"))).isEmpty();

        String csvPath = browser.find(By.id("download-csv")).getDomAttribute("href");
        assertThat(csvPath).isEqualTo("/audit/documents/" + invoice.getId() + "/trail.csv");
        assertThat(browser.find(By.id("download-pdf")).getDomAttribute("href"))
                .isEqualTo("/audit/documents/" + invoice.getId() + "/trail.pdf");
        String csv = fetchInSession(csvPath);
        assertThat(csv).startsWith("text/csv").contains("time;user;source;what;details;process instance")
                .contains(";clerk;payment;payment of 400.00 (MANUAL);");
        // the content type, the header row and one line per entry of the page (WebDriver hands line ends over as \n)
        assertThat(csv.split("\r?\n")).hasSize(rows.size() + 2);
        assertThat(fetchInSession("/audit/documents/" + invoice.getId() + "/trail.pdf")).startsWith("application/pdf");
        browser.screenshot("audit-trail");
    }

    @Test
    void theSystemLogPageListsAnAdminsChangeToAnInstanceAndFiltersIt() {
        Invoice draft = data.draft(data.business("logg" + System.nanoTime() + "@kunde.example"),
                data.product("3", "100.00"), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        String instanceId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("invoice-" + invoices.get(draft.getId()).getInvoiceNumber())
                .list().get(0).getId();
        identity.setAuthentication("admin", List.of("admins"));
        try {
            runtime.setVariable(instanceId, "auditNote", "checked on screen");
        } finally {
            identity.clearAuthentication();
        }

        browser.login("auditor").open("/system-log");
        browser.field("user").sendKeys("admin");
        browser.field("operation").sendKeys("SetVariable");
        browser.find(By.id("filter")).click();
        browser.waitUntil(ExpectedConditions.urlContains("operation=SetVariable"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#system-log tbody tr"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.findElement(By.cssSelector(".user")).getText()).isEqualTo("admin");
            assertThat(r.findElement(By.cssSelector(".operation")).getText()).isEqualTo("SetVariable");
            assertThat(r.findElement(By.cssSelector(".instance")).getText()).isEqualTo(instanceId);
        });

        browser.open("/system-log?user=nobody-at-all");
        assertThat(browser.text(By.cssSelector("#system-log tbody"))).doesNotContain(instanceId);
        assertThat(browser.driver().findElements(By.cssSelector("main form[method='post']"))).isEmpty();
    }

    /** GETs a path with the browser's own session (cookie) and answers "content type\n" + body. */
    private static String fetchInSession(String path) {
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(r => r.text().then(t => done(r.headers.get('content-type') + '\\n' + t)))"
                        + ".catch(e => done('failed ' + e));", path);
        return String.valueOf(answer);
    }
}
