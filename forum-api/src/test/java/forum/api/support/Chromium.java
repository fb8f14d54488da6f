package forum.api.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its chromedriver, both named by path so that Selenium Manager never
 * looks for (or downloads) a browser or a driver. Missing, they fail the test: `.ci/run` installs them, and README
 * names them among the prerequisites.
 */
public final class Chromium {

    public static final String DRIVER = "/usr/bin/chromedriver";
    public static final String BINARY = "/usr/bin/chromium";

    private Chromium() {
    }

    /**
     * A browser whose Accept-Language is {@code language} (a tag such as "da"), on the application at
     * {@code baseUrl}, saving its screenshots in target/screenshots/{@code journey}.
     */
    public static Browser start(String baseUrl, String language, String journey) throws IOException {
        if (!new File(DRIVER).canExecute() || !new File(BINARY).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + BINARY + ", " + DRIVER + "): apt-get install chromium chromium-driver");
        }
        Path userDataDir = Files.createTempDirectory("forum-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=" + language,
                "--user-data-dir=" + userDataDir);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        return new Browser(driver, baseUrl, Path.of("target", "screenshots", journey), userDataDir);
    }
}
