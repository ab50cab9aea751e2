package no.fakturaflyt.product;

import static org.assertj.core.api.Assertions.assertThat;

import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Labels;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The products in a real browser: a clerk creates one (bad input first: each error beside its field in bokmål, and
 * nothing saved), finds it in the list, edits it (a product number already in use refused beside the field, nothing
 * changed), and the same refusal reads in English after switching the language. A negative cost price is refused
 * beside its field (nothing saved); a valid one is kept and shown again.
 */
@FakturaflytTest
class ProductScreensTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired ProductService products;
    @Autowired TestData data;

    @Test
    void aClerkCreatesAProductAfterBadInputIsRefusedBesideTheFields() {
        String number = "SK" + System.nanoTime() % 1_000_000_000L;
        int before = products.list().size();
        browser.login("clerk").open("/products");
        browser.find(By.id("new-product")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/products/new"));
        assertThat(Labels.unlabelled(browser.driver())).as("inputs without a label").isEmpty();

        browser.field("name").sendKeys("Skjermtest rådgivning");
        browser.field("unitPrice").sendKeys("tusen");
        browser.find(By.id("save")).click();

        // a price that is no number, and at the same time the missing product number beside its field
        assertThat(browser.text(By.id("unitPrice-error"))).isEqualTo("«tusen» er ikke et tall.");
        assertThat(browser.text(By.id("productNumber-error"))).isEqualTo("Må fylles ut.");
        assertThat(browser.text(By.id("name-error"))).isEmpty();
        assertThat(browser.field("unitPrice").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.field("unitPrice").getDomAttribute("aria-describedby")).isEqualTo("unitPrice-error");
        assertThat(browser.field("name").getDomProperty("value")).as("what was typed stays")
                .isEqualTo("Skjermtest rådgivning");
        assertThat(products.list()).as("nothing saved").hasSize(before);

        browser.field("unitPrice").clear();
        browser.field("unitPrice").sendKeys("1250.50");
        browser.find(By.id("save")).click();
        assertThat(browser.text(By.id("productNumber-error"))).isEqualTo("Må fylles ut.");
        assertThat(browser.field("productNumber").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text(By.id("name-error"))).isEmpty();
        assertThat(browser.text(By.id("unitPrice-error"))).isEmpty();
        assertThat(products.list()).as("nothing saved").hasSize(before);

        browser.field("productNumber").sendKeys(number);
        browser.find(By.id("save")).click();

        browser.waitUntil(ExpectedConditions.urlContains("/products?saved"));
        Product saved = products.findByProductNumber(number).orElseThrow();
        assertThat(saved.getName()).isEqualTo("Skjermtest rådgivning");
        assertThat(saved.getUnitPrice()).isEqualByComparingTo("1250.50");
        browser.open("/products?q=" + number);
        assertThat(browser.text(By.tagName("table"))).contains(number, "Skjermtest rådgivning", "1 250,50");
        assertThat(Labels.unlabelled(browser.driver())).as("inputs without a label").isEmpty();
    }

    @Test
    void aProductNumberInUseIsRefusedBesideTheFieldAndNothingChanges() {
        Product taken = data.product("3", "100.00");
        Product product = data.product("3", "200.00");
        browser.login("clerk").open("/products?q=" + product.getProductNumber());
        browser.find(By.cssSelector("a[href='/products/" + product.getId() + "/edit']")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/edit"));

        browser.field("productNumber").clear();
        browser.field("productNumber").sendKeys(taken.getProductNumber());
        browser.field("unitPrice").clear();
        browser.field("unitPrice").sendKeys("-5");
        browser.find(By.id("save")).click();

        assertThat(browser.text(By.id("unitPrice-error"))).isEqualTo("Kan ikke være negativ.");
        assertThat(products.get(product.getId()).getUnitPrice()).as("nothing changed").isEqualByComparingTo("200.00");

        browser.field("unitPrice").clear();
        browser.field("unitPrice").sendKeys("250");
        browser.find(By.id("save")).click();
        assertThat(browser.text(By.id("productNumber-error")))
                .isEqualTo("Produktnummeret " + taken.getProductNumber() + " er allerede i bruk.");
        assertThat(products.get(product.getId()).getProductNumber()).as("nothing changed")
                .isEqualTo(product.getProductNumber());
        assertThat(products.get(product.getId()).getUnitPrice()).isEqualByComparingTo("200.00");

        browser.open("/products/" + product.getId() + "/edit?lang=en");
        browser.field("productNumber").clear();
        browser.field("productNumber").sendKeys(taken.getProductNumber());
        browser.find(By.id("save")).click();
        assertThat(browser.text(By.id("productNumber-error")))
                .isEqualTo("Product number " + taken.getProductNumber() + " is already in use.");
        browser.open("/products?lang=nb");

        browser.open("/products/" + product.getId() + "/edit");
        browser.field("name").clear();
        browser.field("name").sendKeys("Nytt navn");
        browser.find(By.id("save")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/products?saved"));
        assertThat(products.get(product.getId()).getName()).isEqualTo("Nytt navn");
    }

    @Test
    void aNegativeCostPriceIsRefusedBesideTheFieldAndAValidOneIsSaved() {
        String number = "KP" + System.nanoTime();
        browser.login("clerk").open("/products/new");
        browser.field("productNumber").sendKeys(number);
        browser.field("name").sendKeys("Kontorstol");
        browser.field("unitPrice").sendKeys("2500");
        browser.field("costPrice").sendKeys("-10");
        browser.find(By.id("save")).click();

        browser.waitUntil(d -> !d.findElement(By.id("costPrice-error")).getText().isBlank());
        assertThat(browser.field("costPrice").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text(By.id("unitPrice-error"))).isEmpty();
        assertThat(products.findByProductNumber(number)).as("nothing saved").isEmpty();

        browser.field("costPrice").clear();
        browser.field("costPrice").sendKeys("1400.50");
        browser.find(By.id("save")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/products?saved"));
        Product saved = products.findByProductNumber(number).orElseThrow();
        assertThat(saved.getCostPrice()).isEqualByComparingTo("1400.50");

        browser.open("/products/" + saved.getId() + "/edit");
        assertThat(browser.field("costPrice").getDomProperty("value")).isEqualTo("1400.50");
    }
}
