package no.fakturaflyt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.FiscalCalendar;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.InvoiceStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An auditor in the browser: finds a sent, partly paid invoice by its number, reads its trail (posting, delivery and
 * payment with user and time), downloads the CSV through the session, sees each instance's path; the page changes
 * nothing. An invoice reminded twice and paid by an OCR file and then in full: every step with user and time, each
 * instance's diagram with its path, the CSV and PDF/A as the browser downloads them. The system log page lists an
 * admin's change to a process instance.
 */
@FakturaflytTest
class AuditScreensTest {

    private static final String TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired InvoiceStories stories;
    @Autowired InvoiceService invoices;
    @Autowired Jobs jobs;
    @Autowired FiscalCalendar calendar;

    @Test
    void anAuditorFindsAPartlyPaidInvoiceAndReadsAndDownloadsItsTrailWithoutAnyWayToChangeIt() {
        String email = "skjerm" + System.nanoTime() + "@kunde.example";
        Invoice sent = stories.sentByClerk(email, "800.00");   // 1000.00 with VAT
        stories.paidByClerk(sent.getId(), "400.00", "Delbetaling");
        Invoice invoice = invoices.get(sent.getId());
        String number = String.valueOf(invoice.getInvoiceNumber());

        browser.login("auditor").open("/audit");
        browser.field("amount").sendKeys("mye");
        browser.find(By.id("search")).click();
        assertThat(browser.text(By.id("amount-error"))).isNotBlank();
        assertThat(browser.find(By.id("amount")).getDomAttribute("aria-invalid")).isEqualTo("true");

        browser.field("amount").clear();
        browser.field("number").sendKeys(number);
        browser.find(By.id("search")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#found a.trail-link")));
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
        String instanceId = stories.adminSetsVariable(stories.sentByClerk("logg" + System.nanoTime()
                + "@kunde.example", "100.00"), "auditNote", "checked on screen");

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

        // our own records beside the engine's: a fiscal period the admin closed, found by its entity type
        int year = LocalDate.now(OsloClock.OSLO).getYear() - 29;
        calendar.closePeriod(year, 8, "admin");
        browser.open("/system-log");
        browser.field("entityType").sendKeys("FiscalPeriod");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.field("from"), LocalDate.now(OsloClock.OSLO).minusDays(1).toString());
        browser.find(By.id("filter")).click();
        browser.waitUntil(ExpectedConditions.urlContains("entityType=FiscalPeriod"));
        assertThat(browser.driver().findElements(By.cssSelector("#system-log tbody tr"))).anySatisfy(r -> {
            assertThat(r.findElement(By.cssSelector(".user")).getText()).isEqualTo("admin");
            assertThat(r.findElement(By.cssSelector(".operation")).getText()).isEqualTo("Close");
            assertThat(r.findElement(By.cssSelector(".instance")).getText()).isEqualTo(year + "-08");
            assertThat(r.findElement(By.cssSelector(".after")).getText()).isEqualTo("CLOSED");
            assertThat(r.findElement(By.cssSelector(".category")).getText()).isEqualTo("Application");
        });
        assertThat(browser.driver().findElements(By.cssSelector("main form[method='post']"))).isEmpty();
    }

    @Test
    void anAuditorFollowsAnInvoiceRemindedTwicePaidByAnOcrFileThenInFullStepByStepOnTheDiagramAndDownloadsIt()
            throws Exception {
        Invoice invoice = stories.remindedTwiceThenPaidByOcrAndInFull("purret" + System.nanoTime() + "@kunde.example",
                LocalDate.of(2026, 2, 10));
        jobs.resetClock();

        browser.login("auditor").open("/audit");
        browser.field("kid").sendKeys(invoice.getKid());
        browser.find(By.id("search")).click();
        browser.find(By.cssSelector("#found a.trail-link")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("trail")));

        List<List<String>> rows = browser.driver().findElements(By.cssSelector("#trail tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        // every step with its time and who did it (a user, or system for the engine and its jobs)
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(0)).matches(TIME);
            assertThat(r.get(1)).isNotBlank();
        });
        assertThat(rows).extracting(r -> r.get(0)).isSorted();
        assertThat(rows).filteredOn(r -> r.get(2).equals("invoice history") && r.get(3).equals("APPROVED"))
                .singleElement().satisfies(r -> assertThat(r.get(1)).isEqualTo("clerk"));
        // the two reminders, each with its fee and deadline, and each delivered by e-mail
        assertThat(rows).filteredOn(r -> r.get(2).equals("follow-up")).extracting(r -> r.get(3))
                .anySatisfy(w -> assertThat(w).startsWith("REMINDER_1 sent 2026-02-24"))
                .anySatisfy(w -> assertThat(w).startsWith("REMINDER_2 sent 2026-03-14"));
        assertThat(rows).filteredOn(r -> r.get(2).equals("follow-up") && r.get(3).startsWith("REMINDER"))
                .allSatisfy(r -> assertThat(r.get(4)).contains("fee 38.00").contains("pay by"));
        assertThat(rows).filteredOn(r -> r.get(3).equals("delivery through EMAIL: SENT")).hasSize(3);
        // the part paid by the OCR file, with the file; the rest recorded by the clerk
        assertThat(rows).filteredOn(r -> r.get(2).equals("payment")).hasSize(2).satisfiesExactly(
                ocr -> {
                    assertThat(ocr.get(3)).isEqualTo("payment of 500.00 (OCR)");
                    assertThat(ocr.get(4)).contains("ocr-" + invoice.getInvoiceNumber() + ".txt").contains("sha256");
                },
                rest -> {
                    assertThat(rest.get(1)).isEqualTo("clerk");
                    assertThat(rest.get(3)).isEqualTo("payment of 826.00 (MANUAL)");
                });
        // the invoice, both fees and both payments in the ledger
        assertThat(rows).filteredOn(r -> r.get(2).equals("ledger")).hasSize(5);

        // each instance drawn from its deployed diagram, the path it took marked; the follow-up went through the
        // reminder policy twice and ended
        List<WebElement> diagrams = browser.driver().findElements(By.cssSelector("section.instance .bpmn-diagram"));
        assertThat(diagrams).hasSizeGreaterThanOrEqualTo(3);
        browser.waitUntil(d -> d.findElements(By.cssSelector(".bpmn-diagram[data-rendered='true']")).size()
                == diagrams.size() || !d.findElements(By.cssSelector(".bpmn-diagram[data-failed]")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector(".bpmn-diagram[data-failed]"))).isEmpty();
        assertThat(diagrams).allSatisfy(d -> {
            assertThat(d.findElements(By.cssSelector("svg g.djs-element.passed"))).isNotEmpty();
            assertThat(Integer.parseInt(d.getDomAttribute("data-marked")))
                    .isEqualTo(d.findElements(By.cssSelector("svg g.djs-element.passed, svg g.djs-element.active"))
                            .size());
        });
        WebElement followUp = browser.driver().findElements(By.cssSelector("section.instance")).stream()
                .filter(s -> s.findElement(By.tagName("h3")).getText().startsWith("payment-follow-up")).findFirst()
                .orElseThrow();
        assertThat(followUp.findElements(By.cssSelector(
                "g.djs-element.passed[data-element-id='BusinessRuleTask_ApplyReminderPolicy']"))).hasSize(1);
        assertThat(followUp.findElements(By.cssSelector(
                "ol.path li[data-activity='BusinessRuleTask_ApplyReminderPolicy']"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(followUp.findElements(By.cssSelector("g.djs-element.active"))).as("the case has ended").isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView()", followUp);
        java.nio.file.Files.write(java.nio.file.Path.of("docs", "images", "audit-trail-diagram.png"),
                followUp.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        // the exports, downloaded by the browser as a user downloads them
        java.nio.file.Path csv = browser.download(By.id("download-csv"));
        assertThat(csv.getFileName().toString()).endsWith(".csv");
        String text = java.nio.file.Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(rows.size() + 1);
        assertThat(text).contains(";payment;payment of 500.00 (OCR);").contains(";clerk;payment;payment of 826.00");
        java.nio.file.Path pdf = browser.download(By.id("download-pdf"));
        assertThat(pdf.getFileName().toString()).endsWith(".pdf");
        byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
        assertThat(no.fakturaflyt.document.PdfA.violationsOfPdfA2b(bytes)).as("veraPDF, PDF/A-2B").isEmpty();
        assertThat(no.fakturaflyt.support.Mails.pdfText(bytes)).contains("payment of 500.00 (OCR)")
                .contains("REMINDER_2").contains("by auditor");
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
