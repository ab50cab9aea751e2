package no.fakturaflyt.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real browser for the screens' tests: headless Chromium from the operating system's packages ({@code chromium}
 * and {@code chromium-driver} on Debian), driven by Selenium WebDriver against the test application's random port.
 * Register it in a {@code @FakturaflytTest} class:
 * <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 * One browser per test class, with a new empty profile; its cookies are cleared before each test, so each test logs
 * in itself ({@link #login}). Without Chromium or its driver the class's tests are skipped with the reason (a JUnit
 * assumption), never passed. Paths can be set with {@code -Dbrowser.chromium=...} and {@code -Dbrowser.driver=...}.
 */
public class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(15);

    private ChromeDriver driver;
    private Path profile;
    private String base;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!installed()) {
            return;   // each test is skipped with the reason (beforeEach)
        }
        base = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getProperty("local.server.port");
        profile = Files.createTempDirectory("fakturaflyt-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=nb", "--window-size=1366,900", "--user-data-dir=" + profile));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // an assumption per test, so that every browser test is reported as skipped, with this reason
        assumeTrue(installed(), "No browser for the screens' tests: " + CHROMIUM + " or " + DRIVER
                + " is missing (Debian: apt-get install chromium chromium-driver; .ci/run does it)");
        driver.get(base + "/login");
        driver.manage().deleteAllCookies();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application, e.g. {@code "/customers"}. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Logs in through the login form (user name = password, as the demo users of the tests). */
    public Browser login(String user) {
        return login(user, user);
    }

    public Browser login(String user, String password) {
        open("/login");
        field("username").sendKeys(user);
        field("password").sendKeys(password);
        driver.findElement(By.id("login")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    /** The form field with this id, found through its label: every input has one. */
    public WebElement field(String id) {
        WebElement input = driver.findElement(By.id(id));
        List<WebElement> labels = driver.findElements(By.cssSelector("label[for='" + id + "']"));
        if (labels.isEmpty() && input.findElements(By.xpath("ancestor::label")).isEmpty()
                && input.getDomAttribute("aria-label") == null) {
            throw new AssertionError("The input " + id + " has no label");
        }
        return input;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** The element's text, found again when htmx replaced it between finding and reading. */
    public String text(By by) {
        return waitUntil(d -> d.findElement(by).getText());
    }

    public <T> T waitUntil(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until htmx has no request under way (the page's partial updates are done). */
    public void settle() {
        waitUntil(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return document.readyState === 'complete' && document.querySelectorAll('.htmx-request').length === 0")));
    }

    /** Types a new value into the field and leaves it (Tab), which fires its change event (htmx posts on it). */
    public void retype(String id, String value) {
        WebElement input = field(id);
        input.clear();
        input.sendKeys(value, org.openqa.selenium.Keys.TAB);
    }

    /** Waits until the element's text is this, no-break and narrow spaces (amounts) read as spaces. */
    public void waitForText(String id, String text) {
        waitUntil(d -> d.findElement(By.id(id)).getText().replace('\u00a0', ' ').replace('\u202f', ' ').trim()
                .equals(text));
    }

    /** The Content-Type the application answers to a GET of this URL with the browser's session (e.g. a PDF link). */
    public String contentTypeOf(String url) {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => done(r.headers.get('content-type'))).catch(e => done(String(e)));",
                url);
    }

    /**
     * Clicks a download link and answers the file Chromium saved (into a fresh folder; waits until it is complete),
     * so that a test reads what a user's browser really downloads.
     */
    public Path download(By link) {
        try {
            Path folder = Files.createTempDirectory(profile, "downloads");
            driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                    "downloadPath", folder.toAbsolutePath().toString(), "eventsEnabled", true));
            find(link).click();
            return waitUntil(d -> {
                try (var files = Files.list(folder)) {
                    return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                            .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the browser shows as a PNG under docs/images/ (the README shows these). */
    public Path screenshot(String name) {
        Path file = Path.of("docs", "images", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            driver.executeScript("window.scrollTo(0, 0)");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
