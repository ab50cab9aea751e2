package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process owner in the browser lowers the reminder policy's fee threshold in the table's form, is told which rows
 * the law forbids, fixes them, sees what the change would do to a small claim, deploys it, migrates the running
 * follow-ups after their preview, and finds both in the system log. A clerk sees neither the page's link nor a button.
 */
@FakturaflytTest
class ReminderPolicyScreensTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;

    @AfterEach
    void removeDeployedCandidates() {
        PolicyCandidates.removeDeployed(runtime, repository);
    }

    @Test
    void anOwnerTriesALowerFeeThresholdDeploysItMigratesAndTheSystemLogShowsIt() {
        FollowUpTestSupport time = new FollowUpTestSupport(data, jobs, invoices, runtime);
        Customer consumer = time.customer(CustomerType.PERSON, "skjerm-terskel@kunde.example");
        Invoice small = time.invoiceDue(DUE, consumer, "60.00");   // 75.00 with VAT
        time.at(DUE.plusDays(4));

        browser.login("owner").open("/reminder-policy");
        assertThat(browser.text(By.id("policy-versions"))).as("the start-up deployment has nobody")
                .doesNotContain("clerk").doesNotContain("owner");
        assertThat(browser.text(By.id("hit-policy"))).isEqualTo("UNIQUE");
        assertThat(browser.text(By.id("rule-1"))).contains("< 100");
        // the threshold of 100 NOK lowered to 50 in every row that has it (column 2: the outstanding amount)
        for (int row : List.of(1, 2, 3, 4, 5, 6, 7, 8)) {
            WebElement amount = browser.field(PolicyTable.cellKey(row, 2));
            String lowered = amount.getDomProperty("value").replace("100", "50");
            amount.clear();
            amount.sendKeys(lowered);
        }
        WebElement businessSmall = browser.field(PolicyTable.cellKey(10, 2));
        businessSmall.clear();
        businessSmall.sendKeys("[50..1000[");
        fees(List.of(4, 6), "70");
        browser.find(By.id("run-what-if")).click();

        // the business rows now ask 70 kr, above the legal cap: refused, naming the rows, nothing deployed
        String problems = browser.text(By.id("policy-problems"));
        assertThat(problems).contains("Rule 4 (Rule_Reminder1_Business)").contains("caps the fee at 38.00 kr")
                .contains("Rule 6 (Rule_Reminder2_Business)");
        assertThat(browser.find(By.id("edit-rule-4")).getDomAttribute("class")).contains("invalid");
        assertThat(browser.driver().findElements(By.id("deploy"))).as("no deploy before a clean what-if").isEmpty();
        assertThat(browser.field(PolicyTable.cellKey(1, 2)).getDomProperty("value")).as("the edits kept")
                .isEqualTo("< 50");
        fees(List.of(4, 6), "38");
        browser.find(By.id("run-what-if")).click();

        String difference = browser.text(By.id("difference-" + small.getId()));
        assertThat(difference).contains("The first reminder: fee 0.00 kr → 35.00 kr")
                .contains("no longer waits for a clerk");
        assertThat(browser.text(By.id("what-if-weeks"))).contains("2026-03-16").contains("0.00 → 35.00");
        browser.waitUntil(d -> d.findElement(By.id("chart-consumer-fees")).findElements(By.tagName("svg")).size() > 0);
        browser.screenshot("reminder-policy-what-if");

        browser.find(By.id("deploy")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.urlContains("/reminder-policy/migration"));
        assertThat(browser.text(By.id("deployed"))).contains("2");
        assertThat(browser.text(By.id("moving"))).contains(String.valueOf(small.getInvoiceNumber()));
        browser.find(By.id("migrate")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        assertThat(browser.text(By.id("migrated"))).contains("1");
        assertThat(time.followUpOf(small.getId()).getProcessDefinitionId())
                .isEqualTo(repository.createProcessDefinitionQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY)
                        .latestVersion().singleResult().getId());

        browser.open("/reminder-policy");
        assertThat(browser.text(By.id("policy-versions"))).contains("owner");
        browser.open("/system-log?user=owner");
        String log = browser.text(By.id("system-log"));
        assertThat(log).contains("Create").contains("Migrate");
    }

    @Test
    void aClerkSeesNoLinkAndNoButton() {
        browser.login("clerk").open("/reminder-policy");
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/reminder-policy']"))).isEmpty();
        assertThat(browser.text(By.id("policy-table"))).contains("< 100");
        assertThat(browser.driver().findElements(By.id("run-what-if"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("upload"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("deploy"))).isEmpty();
        browser.open("/reminder-policy/migration");
        assertThat(browser.driver().findElements(By.id("migrate"))).isEmpty();
        // and the screens' doors refuse the clerk even with the page's own CSRF token
        for (String path : List.of("/reminder-policy/upload", "/reminder-policy/what-if", "/reminder-policy/deploy",
                "/reminder-policy/migration")) {
            Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    var done = arguments[arguments.length - 1], headers = {};
                    headers[document.querySelector('meta[name="csrf-header"]').content] =
                        document.querySelector('meta[name="csrf-token"]').content;
                    headers['Content-Type'] = 'application/x-www-form-urlencoded';
                    fetch(arguments[0], {method: 'POST', headers: headers, body: 'xml=x'}).then(r => done(r.status));
                    """, path);
            assertThat(status).as(path).isEqualTo(403L);
        }
        assertThat(repository.createDeploymentQuery().deploymentName(PolicyDeployment.DEPLOYMENT_NAME).count())
                .isZero();
    }

    /** Types the fee of each of the rows (column 3 of the table) into the form. */
    private void fees(List<Integer> rows, String fee) {
        for (int row : rows) {
            WebElement field = browser.field(PolicyTable.cellKey(row, 3));
            field.clear();
            field.sendKeys(fee);
        }
    }
}
