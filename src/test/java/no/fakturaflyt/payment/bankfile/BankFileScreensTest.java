package no.fakturaflyt.payment.bankfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clerk uploads a Nets OCR Giro file in the browser: the progress bar reaches the end, the outcome is counted, the
 * payment with the invoice's KID is booked, and the one with an unknown KID links to its "Match payment" task.
 */
@FakturaflytTest
class BankFileScreensTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired LedgerService ledger;
    @Autowired TaskService tasks;
    @Autowired OsloClock clock;

    @Test
    void anUploadedOcrFileIsBookedAndItsUnmatchedPaymentLinksToItsTask() throws Exception {
        Customer customer = data.business("bank" + System.nanoTime() + "@kunde.example");
        Invoice draft = data.draft(customer, data.product("3", "800.00"), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        Invoice invoice = invoices.get(draft.getId());
        LocalDate today = clock.today();
        byte[] ocr = new OcrFileBuilder("4" + invoice.getId()).assignment()
                .payment(10, today, 100_000, invoice.getKid(), "5" + invoice.getId(), "98765432106")
                .payment(10, today, 12_345, "0000000000018", "6" + invoice.getId(), "98765432106")
                .endAssignment().build();
        Path file = Files.createTempFile("ocr-" + invoice.getId(), ".txt");
        Files.write(file, ocr);

        browser.login("clerk");
        browser.open("/bank-files");
        browser.field("file").sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id("upload")).click();
        browser.waitUntil(ExpectedConditions.urlMatches(".*/bank-files/\\d+$"));
        browser.waitUntil(d -> "100".equals(d.findElement(By.id("booking-progress")).getDomProperty("value")));

        assertThat(browser.text(By.id("count-matched"))).isEqualTo("1");
        assertThat(browser.text(By.id("count-unmatched"))).isEqualTo("1");
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
        String link = browser.find(By.cssSelector("#unmatched a.match-task")).getDomAttribute("href");
        String taskId = link.substring(link.indexOf("task=") + 5);
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task.getName()).isEqualTo("Match payment");
        assertThat(link).startsWith("/camunda/app/tasklist/default/");

        // the start page lists the task among those waiting for the clerk
        browser.open("/");
        browser.waitUntil(d -> d.findElements(By.cssSelector("#task-list a.task-link")).stream()
                .anyMatch(a -> a.getDomAttribute("href").endsWith("task=" + taskId)));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("overdue-count")));
        Files.delete(file);
    }

    @Test
    void uploadingNothingShowsTheErrorBesideTheField() {
        browser.login("clerk");
        browser.open("/bank-files");
        browser.find(By.id("upload")).click();

        assertThat(browser.text(By.id("file-error"))).isEqualTo("Velg en bankfil (Nets OCR Giro eller camt.054).");
        assertThat(browser.field("file").getDomAttribute("aria-invalid")).isEqualTo("true");
    }

    /**
     * Nets' own example file (OCR Giro system manual) with the settlement date of its first amount item 1 (line 3,
     * positions 16-21) made impossible: refused beside the field in bokmål, naming line, field and record.
     */
    @Test
    void aRejectedOcrFileIsExplainedInBokmal() throws Exception {
        String example = new String(new org.springframework.core.io.ClassPathResource(
                "bankfile/nets-ocr-giro-manual-example.txt").getContentAsByteArray(), StandardCharsets.ISO_8859_1);
        String[] lines = example.split("\r\n", -1);
        assertThat(lines[2]).startsWith("NY091030");
        assertThat(lines[2].substring(15, 21)).isEqualTo("200192");
        lines[2] = lines[2].substring(0, 15) + "321392" + lines[2].substring(21);
        Path file = Files.createTempFile("ocr-broken", ".txt");
        Files.write(file, String.join("\r\n", lines).getBytes(StandardCharsets.ISO_8859_1));

        browser.login("clerk");
        browser.open("/bank-files");
        browser.field("file").sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id("upload")).click();
        browser.waitUntil(d -> !d.findElement(By.id("file-error")).getText().isBlank());

        assertThat(browser.text(By.id("file-error")))
                .endsWith("er avvist, ingenting er bokført: Linje 3: oppgjørsdato (posisjon 16–21) i beløpspost 1 "
                        + "(NY09tt30) er «321392», ikke en dato DDMMÅÅ.")
                .doesNotContain("settlement date", "not a date", "line 3");
        Files.delete(file);
    }

    /** A camt.054 whose only payment is in kroner with three decimals: refused in bokmål, naming the element. */
    @Test
    void aRejectedCamtFileIsExplainedInBokmal() throws Exception {
        byte[] camt = CamtDocuments.of("FEIL-" + System.nanoTime(), clock.today(),
                List.of(new CamtDocuments.Credit("R1", "100.005", "0000000000018", "Ola Nordmann", null)));
        Path file = Files.createTempFile("camt-broken", ".xml");
        Files.write(file, camt);

        browser.login("clerk");
        browser.open("/bank-files");
        browser.field("file").sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id("upload")).click();
        browser.waitUntil(d -> !d.findElement(By.id("file-error")).getText().isBlank());

        assertThat(browser.text(By.id("file-error")))
                .contains("er avvist, ingenting er bokført: Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[1]")
                .endsWith("et beløp i NOK har høyst to desimaler (øre), ikke 100.005.")
                .doesNotContain("at most two decimals");
        Files.delete(file);
    }
}
