package no.fakturaflyt.product;

import static org.assertj.core.api.Assertions.assertThat;

import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A product's cost price on the product form: refused beside the field when negative (nothing saved), then kept. */
@FakturaflytTest
class ProductScreensTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired ProductService products;

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
