package no.fakturaflyt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * A clerk imports Excel's customer export (UTF-8 with BOM, semicolons) in the browser: the preview shows the refused
 * rows with their reasons, confirming writes the others, and the page follows the writing to its outcome.
 */
@FakturaflytTest
class ImportScreensTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired CustomerService customers;

    @Test
    void aClerkPreviewsConfirmsAndSeesTheOutcomeOfACustomerFile() throws Exception {
        Path file = Files.createTempFile("kunder-", ".csv");
        Files.write(file, new ClassPathResource("imports/kunder-excel-utf8-bom.csv").getContentAsByteArray());

        browser.login("clerk");
        browser.open("/");
        browser.find(By.cssSelector("a[href='/imports']")).click();
        browser.field("file").sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id("upload")).click();
        browser.waitUntil(ExpectedConditions.urlMatches(".*/imports/\\d+$"));

        assertThat(browser.text(By.id("count-refused"))).isEqualTo("2");
        int toWrite = Integer.parseInt(browser.text(By.id("count-creates")))
                + Integer.parseInt(browser.text(By.id("count-updates")));
        assertThat(toWrite).isEqualTo(3);
        assertThat(browser.text(By.cssSelector("#line-5 .action"))).isEqualTo("Avvist");
        assertThat(browser.text(By.cssSelector("#line-5 .reasons")))
                .isEqualTo("orgNumber: Er ikke et gyldig organisasjonsnummer: 9 sifre med riktig kontrollsiffer (MOD11).");
        assertThat(browser.text(By.cssSelector("#line-6 .reasons")))
                .isEqualTo("orgNumber: 910000020 står allerede på linje 3.");
        assertThat(browser.text(By.cssSelector("#line-2 .action"))).isIn("Ny", "Oppdateres");
        assertThat(browser.text(By.cssSelector("#line-2 td:nth-of-type(3)"))).isEqualTo("org.nr. 910000004");
        assertThat(browser.text(By.id("import-status"))).isEqualTo("Forhåndsvisning, ikke skrevet");
        browser.screenshot("import-preview");

        browser.find(By.id("confirm")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(d -> "Ferdig".equals(d.findElement(By.id("import-status")).getText()));

        assertThat(browser.text(By.id("written"))).isEqualTo("3");
        assertThat(browser.driver().findElements(By.id("confirm"))).as("nothing more to confirm").isEmpty();
        assertThat(customers.findByOrgNumber("910000020").orElseThrow().getAddressLine1())
                .isEqualTo("Storgata 5; 2. etg");
        assertThat(customers.findByOrgNumber("910000021")).as("the refused row is not written").isEmpty();
        Files.delete(file);
    }

    @Test
    void anAuditorSeesNoImportLink() {
        browser.login("auditor");
        browser.open("/");
        browser.find(By.cssSelector("a[href='/customers']"));
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/imports']"))).isEmpty();
    }

    @Test
    void uploadingNothingShowsTheErrorBesideTheField() {
        browser.login("clerk");
        browser.open("/imports");
        browser.find(By.id("upload")).click();
        assertThat(browser.text(By.id("file-error"))).isEqualTo("Velg en CSV-fil.");
        assertThat(browser.field("file").getDomAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aFileWithoutRowsIsRefusedBesideTheFileFieldAndNothingIsPreviewed() throws Exception {
        Path file = Files.createTempFile("produkter-", ".csv");
        Files.writeString(file, "Varenummer;Varenavn;Enhet;Pris;MVA-kode;Inntektskonto;Kategori;Aktiv\r\n");

        browser.login("clerk");
        browser.open("/imports");
        new org.openqa.selenium.support.ui.Select(browser.field("kind")).selectByValue("products");
        browser.field("file").sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id("upload")).click();

        assertThat(browser.text(By.id("file-error"))).isEqualTo("Linje 1: filen har en overskriftsrad, men ingen rader.");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/imports");
        assertThat(browser.field("kind").getDomProperty("value")).as("the choice is kept").isEqualTo("products");
        Files.delete(file);
    }

    @Test
    void aBrokenFileIsExplainedInBokmalBesideTheFileField() throws Exception {
        Path file = Files.createTempFile("kunder-", ".csv");
        Files.writeString(file, "Navn;Organisasjonsnummer;Adresse\r\n\"Fjord AS;910000004;Storgata 1\r\n");

        browser.login("clerk");
        browser.open("/imports");
        browser.field("file").sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id("upload")).click();
        browser.waitUntil(d -> !d.findElement(By.id("file-error")).getText().isBlank());

        assertThat(browser.text(By.id("file-error")))
                .isEqualTo("Linje 2, kolonne 1: anførselstegnet som åpnes her, lukkes aldri.")
                .doesNotContain("quote", "never closed");
        Files.delete(file);
    }
}
