package no.fakturaflyt.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Labels;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The invoice list in a real browser: filtered by status, customer, overdue and a range of invoice dates through
 * the filter form, sorted by a column's heading both ways, and paged 25 at a time.
 */
@FakturaflytTest
class InvoiceListScreensTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired OsloClock clock;

    private Customer many;
    private Customer other;
    private Invoice posted;
    private Invoice otherPosted;
    private final List<Invoice> drafts = new ArrayList<>();

    @BeforeEach
    void invoices() {
        Product product = data.product("3", "100.00");   // 125.00 with VAT each
        many = data.business("liste" + System.nanoTime() + "@kunde.example");
        other = data.business("andre" + System.nanoTime() + "@kunde.example");
        posted = data.draft(many, product, 40);
        invoices.send(posted.getId(), "clerk");
        otherPosted = data.draft(other, product, 1);
        invoices.send(otherPosted.getId(), "clerk");
        jobs.executeAll();
        for (int quantity = 1; quantity <= InvoicePages.PAGE_SIZE + 1; quantity++) {
            drafts.add(data.draft(many, product, quantity));
        }
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void theListFiltersByStatusCustomerOverdueAndDates() {
        browser.login("clerk").open("/invoices");
        assertThat(Labels.unlabelled(browser.driver())).as("inputs without a label").isEmpty();

        filter(many, "DRAFT", null, null, false);
        assertThat(shown()).hasSize(InvoicePages.PAGE_SIZE).doesNotContain(posted.getId());

        filter(other, "", null, null, false);
        assertThat(shown()).containsExactly(otherPosted.getId());

        LocalDate day = invoices.get(posted.getId()).getInvoiceDate();
        filter(many, "", day, day, false);
        assertThat(shown()).as("drafts have no invoice date yet").containsExactly(posted.getId());
        filter(many, "", day.plusDays(1), null, false);
        assertThat(shown()).isEmpty();

        filter(many, "", null, null, true);
        assertThat(shown()).as("nothing is due yet").isEmpty();
        LocalDate due = invoices.get(posted.getId()).getDueDate();
        ClockUtil.setCurrentTime(Date.from(due.plusDays(1).atTime(LocalTime.NOON).atZone(OsloClock.OSLO).toInstant()));
        filter(many, "", null, null, true);
        assertThat(shown()).containsExactly(posted.getId());
        assertThat(browser.text(By.id("invoice-" + posted.getId()))).contains("Forfalt");
    }

    @Test
    void theListSortsByAColumnBothWaysAndPages() {
        browser.login("clerk").open("/invoices");
        filter(many, "DRAFT", null, null, false);
        Invoice smallest = drafts.get(0);
        Invoice largest = drafts.get(drafts.size() - 1);

        follow(By.cssSelector("#invoices thead a[href*='sort=total']"));
        assertThat(browser.driver().getCurrentUrl()).contains("dir=asc");
        assertThat(shown().get(0)).as("smallest total first").isEqualTo(smallest.getId());
        assertThat(browser.find(By.cssSelector("#invoices thead th[aria-sort]")).getDomAttribute("aria-sort"))
                .isEqualTo("ascending");

        follow(By.cssSelector("#invoices thead a[href*='sort=total']"));
        assertThat(browser.driver().getCurrentUrl()).contains("dir=desc");
        assertThat(shown().get(0)).as("largest total first").isEqualTo(largest.getId());
        assertThat(shown()).hasSize(InvoicePages.PAGE_SIZE).doesNotContain(smallest.getId());

        follow(By.cssSelector(".pager a[href*='page=1']"));
        assertThat(shown()).as("the 26th on the second page, filter and order kept").containsExactly(smallest.getId());
        assertThat(browser.text(By.cssSelector(".pager"))).contains("2");
    }

    private void filter(Customer customer, String status, LocalDate from, LocalDate to, boolean overdue) {
        new Select(browser.field("status")).selectByValue(status);
        new Select(browser.field("customerId")).selectByValue(String.valueOf(customer.getId()));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("arguments[0].value = arguments[1]", browser.field("from"), from == null ? "" : from.toString());
        js.executeScript("arguments[0].value = arguments[1]", browser.field("to"), to == null ? "" : to.toString());
        WebElement box = browser.field("overdue");
        if (box.isSelected() != overdue) {
            box.click();
        }
        follow(By.cssSelector("#invoice-filter button[type='submit']"));
    }

    /** Clicks and waits for the next page to arrive. */
    private void follow(By target) {
        WebElement page = browser.find(By.tagName("html"));
        browser.find(target).click();
        browser.waitUntil(ExpectedConditions.stalenessOf(page));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("invoice-filter")));
    }

    /** The ids of the invoices on the page, in their order. */
    private List<Long> shown() {
        return browser.driver().findElements(By.cssSelector("#invoices tbody tr[id^='invoice-']")).stream()
                .map(row -> Long.parseLong(row.getDomAttribute("id").substring("invoice-".length()))).toList();
    }
}
