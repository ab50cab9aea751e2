package no.fakturaflyt.support;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check of a page as the browser has it: every input, select and text area a user can reach
 * (hidden fields and the CSRF token aside) has a name a screen reader reads out: a {@code <label for>}, an enclosing
 * label, {@code aria-label} or {@code aria-labelledby}.
 */
public final class Labels {

    private static final String UNLABELLED = """
            return Array.from(document.querySelectorAll('input, select, textarea'))
              .filter(e => e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button')
              .filter(e => !(e.labels && e.labels.length > 0) && !e.closest('label')
                && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
              .map(e => e.outerHTML.substring(0, 160));
            """;

    private Labels() {
    }

    /** The inputs of the page without a label (empty when all have one). */
    @SuppressWarnings("unchecked")
    public static List<String> unlabelled(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(UNLABELLED);
    }
}
