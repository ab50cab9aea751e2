package no.fakturaflyt.customer;

import static org.assertj.core.api.Assertions.assertThat;

import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clerk checks a customer against Enhetsregisteret from its page: the sandbox's register reports 923609016 (BERGEN
 * BAKERI AS) as bankrupt; the page shows our fields beside the register's, "Oppdater" takes them, and the bankruptcy
 * stays flagged on the customer's page.
 */
@FakturaflytTest
class CustomerRegisterScreensTest {

    static final String BANKRUPT = "923609016";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired CustomerService customers;

    @Test
    void aClerkSeesTheBankruptcyAndTakesTheRegistersDetails() {
        Customer customer = bakery();
        long id = customer.getId();

        browser.login("clerk");
        browser.open("/customers/" + id + "/edit");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.id("register-check"))).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("register-name")));

        assertThat(browser.text(By.id("register-name"))).isEqualTo("BERGEN BAKERI AS");
        assertThat(browser.text(By.id("register-status"))).isEqualTo("Konkurs");
        assertThat(browser.text(By.id("register-entry-warning"))).contains(BANKRUPT).contains("bankrupt");
        if (!"BERGEN BAKERI AS".equals(customers.get(id).getName())) {
            assertThat(browser.text(By.cssSelector("#difference-name .ours"))).isEqualTo(customers.get(id).getName());
            assertThat(browser.text(By.cssSelector("#difference-name .theirs"))).isEqualTo("BERGEN BAKERI AS");
        }
        browser.screenshot("customer-register-comparison");

        browser.find(By.id("register-refresh")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("register-updated")));

        Customer updated = customers.get(id);
        assertThat(updated.getName()).isEqualTo("BERGEN BAKERI AS");
        assertThat(updated.getAddressLine1()).isEqualTo("Torget 2");
        assertThat(updated.getRegisterStatus()).isEqualTo(RegisterStatus.BANKRUPT);

        for (String page : new String[] {"/customers/" + id + "/edit", "/customers/" + id + "/account"}) {
            browser.open(page);
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("register-warning")));
            assertThat(browser.text(By.id("register-warning"))).as(page).contains("Konkurs").contains(BANKRUPT);
        }
    }

    @Test
    void anAuditorMayCheckButNotUpdate() {
        Customer customer = bakery();

        browser.login("auditor");
        browser.open("/customers/" + customer.getId() + "/edit");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.id("register-check"))).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("register-name")));

        assertThat(browser.driver().findElements(By.id("register-refresh"))).isEmpty();
    }

    /** The customer with the bankrupt number (created once; another test of the run may have made it already). */
    private Customer bakery() {
        return customers.findByOrgNumber(BANKRUPT).orElseGet(() -> customers.create(new CustomerForm(
                CustomerType.BUSINESS, "Bakeriet på Torget", BANKRUPT, "Torgallmenningen 1", null, "5014",
                "Bergen", "NO", "post@bakeri.example", null, "nb", 14, null, false)));
    }
}
