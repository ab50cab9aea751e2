package no.fakturaflyt.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The screens' door in a real browser: log in by keyboard, the header per role, the language, log out. */
@FakturaflytTest
class LoginScreenTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aClerkLogsInByKeyboardSwitchesToEnglishAndLogsOut() {
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Logg inn");
        browser.field("username").sendKeys("clerk", Keys.TAB, "clerk", Keys.ENTER);
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));

        assertThat(browser.text(By.cssSelector("header .user"))).isEqualTo("clerk");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Oversikt");
        browser.find(By.linkText("English")).click();
        browser.waitUntil(d -> "Overview".equals(d.findElement(By.tagName("h1")).getText()));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Overview");
        browser.open("/");
        assertThat(browser.text(By.tagName("h1"))).as("the choice is kept").isEqualTo("Overview");

        browser.find(By.id("logout")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login?logout"));
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aWrongPasswordShowsTheErrorOnTheForm() {
        browser.open("/login");
        browser.field("username").sendKeys("clerk");
        browser.field("password").sendKeys("not-the-password", Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/login?error"));

        assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("Feil brukernavn eller passord");
    }
}
