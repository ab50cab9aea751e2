package no.fakturaflyt.company;

import static org.assertj.core.api.Assertions.assertThat;

import no.fakturaflyt.common.InvoiceTemplate;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Invoice templates in a real browser: the admin chooses the company's default and the clerk's invoice page shows
 * the one that applies (the company's, or the customer's own); a clerk sees the choice but cannot change it; a value
 * that names no template is refused beside the choice and nothing is saved.
 */
@FakturaflytTest
class InvoiceTemplateScreensTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired CompanySettingsService company;
    @Autowired CustomerService customers;
    @Autowired TestData data;

    @BeforeEach
    @AfterEach
    void backToTheStandardTemplate() {
        company.chooseInvoiceTemplate("standard");
    }

    @Test
    void theAdminChoosesTheDefaultAndTheClerkSeesWhichTemplateAppliesOnTheInvoicePage() {
        browser.login("admin");
        browser.open("/");
        browser.find(By.cssSelector("a[href='/settings/invoice-templates']")).click();
        assertThat(browser.text(By.cssSelector("#company-default strong"))).isEqualTo("Standard");
        browser.field("template-compact").click();
        browser.find(By.id("save-template")).click();
        assertThat(browser.text(By.id("done"))).isEqualTo("Firmaets standardmal er lagret.");
        assertThat(browser.text(By.cssSelector("#company-default strong"))).isEqualTo("Kompakt");
        assertThat(company.current().getInvoiceTemplate()).isEqualTo("compact");
        browser.screenshot("invoice-templates");

        Customer own = data.business("egen-mal@kunde.example");
        customers.chooseInvoiceTemplate(own.getId(), "plain");
        Invoice byDefault = data.draft(data.business("standard-mal@kunde.example"), data.product("3", "100.00"), 1);
        Invoice byCustomer = data.draft(own, data.product("3", "100.00"), 1);

        browser.login("clerk");
        browser.open("/invoices/" + byDefault.getId());
        assertThat(browser.text(By.id("template"))).isEqualTo("Kompakt");
        assertThat(browser.text(By.id("template-source"))).isEqualTo("firmaets standard");
        browser.open("/invoices/" + byCustomer.getId());
        assertThat(browser.text(By.id("template"))).isEqualTo("Enkel");
        assertThat(browser.text(By.id("template-source"))).isEqualTo("kundens eget valg");
    }

    @Test
    void aProcessOwnerChoosesAsAtTheApi() {
        browser.login("owner");
        browser.open("/settings/invoice-templates");
        browser.field("template-plain").click();
        browser.find(By.id("save-template")).click();
        assertThat(browser.text(By.id("done"))).isEqualTo("Firmaets standardmal er lagret.");
        assertThat(company.current().getInvoiceTemplate()).isEqualTo("plain");
    }

    @Test
    void aClerkSeesTheChoiceButCannotChangeIt() {
        browser.login("clerk");
        browser.open("/settings/invoice-templates");
        assertThat(browser.field("template-standard").isSelected()).isTrue();
        assertThat(browser.field("template-compact").isEnabled()).isFalse();
        assertThat(browser.driver().findElements(By.id("save-template"))).isEmpty();
    }

    @Test
    void aValueThatNamesNoTemplateIsRefusedBesideTheChoice() {
        browser.login("admin");
        browser.open("/settings/invoice-templates");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = 'fancy'",
                browser.field("template-plain"));
        browser.field("template-plain").click();
        browser.find(By.id("save-template")).click();
        assertThat(browser.text(By.id("template-error"))).startsWith("Unknown invoice template 'fancy'");
        assertThat(InvoiceTemplate.of(company.current().getInvoiceTemplate())).isEqualTo(InvoiceTemplate.STANDARD);
    }
}
