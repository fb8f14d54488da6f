package forum.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * One person's browser on the application. Every page it arrives at is saved as a screenshot under
 * target/screenshots/ and scanned with axe-core; a serious or critical violation fails the test at once.
 */
public final class Browser implements AutoCloseable {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private final Path userDataDir;
    private int pages;

    Browser(ChromeDriver driver, String baseUrl, Path screenshots, Path userDataDir) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        this.userDataDir = userDataDir;
    }

    /** Opens a path of the application and checks the page it arrives at. */
    public Browser open(String path, String pageName) {
        driver.get(baseUrl + path);
        return arrived(pageName);
    }

    /** Clicks something that loads another page, and checks that page. */
    public Browser click(By what, String pageName) {
        driver.findElement(what).click();
        return arrived(pageName);
    }

    /** Presses Enter in a field, as one sends a form from the keyboard, and checks the page that follows. */
    public Browser enter(By field, String pageName) {
        String before = driver.getCurrentUrl();
        driver.findElement(field).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(moved -> !before.equals(driver.getCurrentUrl()));
        return arrived(pageName);
    }

    /**
     * Waits until the page has changed in place (htmx has no request under way or settling, and {@code changed}
     * holds), then checks it as a page arrived at: an update is screenshot and scanned like a page.
     */
    public Browser changedInPlace(Function<WebDriver, Boolean> changed, String pageName) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(settled -> Boolean.TRUE.equals(driver.executeScript(
                "return !document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping');"))
                && changed.apply(driver));
        return arrived(pageName);
    }

    public Browser type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** A phone's screen: 360 CSS pixels wide. */
    public Browser narrow() {
        driver.manage().window().setSize(new Dimension(360, 780));
        return this;
    }

    public String text(By what) {
        return driver.findElement(what).getText();
    }

    public List<String> texts(By what) {
        return driver.findElements(what).stream().map(WebElement::getText).toList();
    }

    public String attribute(By what, String name) {
        return driver.findElement(what).getDomAttribute(name);
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String title() {
        return driver.getTitle();
    }

    public WebDriver driver() {
        return driver;
    }

    /** The page is wider than the window: something would have to be scrolled sideways. */
    public boolean scrollsSideways() {
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(overflow);
    }

    private Browser arrived(String pageName) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ready -> "complete".equals(
                driver.executeScript("return document.readyState")));
        pages++;
        screenshot(pageName);
        Results scan = new AxeBuilder().analyze(driver);
        List<Rule> failing = scan.getViolations().stream()
                .filter(violation -> FAILING_IMPACTS.contains(violation.getImpact())).toList();
        assertThat(failing).as("serious or critical accessibility violations on %s (%s): %s", pageName, path(),
                failing.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "))).isEmpty();
        return this;
    }

    private void screenshot(String pageName) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(String.format("%02d-%s.png", pages, pageName));
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot of " + pageName, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(userDataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
