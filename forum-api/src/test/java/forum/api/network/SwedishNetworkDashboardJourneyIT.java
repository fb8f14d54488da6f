package forum.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.security.UserAccounts;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.projections.networkstatistics.Quarter;

/**
 * A Swedish network coordinator in a real browser: signs in and lands on the network's dashboard, sees both member
 * municipalities' figures with the small ones suppressed (in the tables, and left out of the charts), goes to the
 * quarter before, downloads the quarter's figures as CSV, and finds no venue, person or free text anywhere.
 */
@ForumIntegrationTest
class SwedishNetworkDashboardJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void aNetworkCoordinatorReadsTheQuarterAndDownloadsItsFigures() throws Exception {
        NetworkOfTwo network = NetworkOfTwo.create(http, accounts, true);
        network.counted(http);
        String quarterName = "kvartal " + network.quarter().substring(6) + " " + network.quarter().substring(0, 4);
        List<String> sources = new ArrayList<>();

        try (Browser browser = Chromium.start("http://localhost:" + port, "sv", "swedish-network-dashboard")) {
            browser.open("/login", "sign-in");
            browser.type(By.id("username"), network.coordinator()).type(By.id("password"), SignUps.PASSWORD)
                    .click(SUBMIT, "dashboard");
            assertThat(browser.path()).isEqualTo("/network");
            assertThat(browser.text(HEADING)).isEqualTo("Nätverkets översikt: " + network.networkName());
            assertThat(browser.text(MAIN)).contains(quarterName, "Medlemskommuner under kvartalet: 2",
                    "Händelser per kategori", "Närvaro per roll", "Utveckling över kvartalen",
                    "antal på 1 eller 2", "så att ingen krog eller person kan pekas ut");

            // Karlstad, then Örebro, then the network's total and the median (suppressed: fewer than three members).
            assertThat(row(browser, "issues", "ordningsstörning")).containsExactly("3", "0", "3", "•");
            assertThat(row(browser, "issues", "narkotika")).containsExactly("0", "3", "3", "•");
            assertThat(row(browser, "issues", "våld")).containsExactly("•", "0", "•", "•");
            assertThat(row(browser, "meetings", "Hållna möten")).containsExactly("•", "0", "•", "•");
            // The total of 4 would give Karlstad's 1 away beside Örebro's 3: suppressed too.
            assertThat(row(browser, "meetings", "Registrerade krogar")).containsExactly("•", "3", "•", "•");
            // The trend: eight quarters up to this one; the issues' sum hidden, since violence (1) is among its parts.
            assertThat(browser.driver().findElements(By.cssSelector("table[data-chart=trend-chart] tbody tr")))
                    .hasSize(8);
            assertThat(row(browser, "trend", quarterName)).containsExactly("2", "•", "•", "0", "0", "•");
            assertThat(browser.driver().findElements(By.cssSelector("td.suppressed .visually-hidden")))
                    .extracting(e -> e.getDomProperty("textContent")).contains("dold uppgift");
            assertThat(browser.texts(By.cssSelector("table[data-chart=issues-chart] thead th")))
                    .containsExactly("Kategori", "Karlstad", "Örebro", "Hela nätverket", "Median");

            // Every chart drawn, a suppressed figure a gap in it (null), never a bar of 0.
            JavascriptExecutor script = (JavascriptExecutor) browser.driver();
            assertThat(script.executeScript("return Array.from(document.querySelectorAll('canvas'))"
                    + ".filter(c => Chart.getChart(c) && c.width > 0).length")).isEqualTo(6L);
            assertThat(browser.attribute(By.id("issues-chart"), "role")).isEqualTo("img");
            assertThat(browser.attribute(By.id("issues-chart"), "aria-label"))
                    .isEqualTo("Diagram: Händelser per kategori. Siffrorna finns i tabellen nedanför.");
            @SuppressWarnings("unchecked")
            List<Object> karlstad = (List<Object>) script.executeScript(
                    "return Chart.getChart('issues-chart').data.datasets[0].data");
            assertThat(script.executeScript("return Chart.getChart('issues-chart').data.datasets.map(d => d.label)"))
                    .isEqualTo(List.of("Karlstad", "Örebro", "Median"));
            assertThat(karlstad.get(5)).as("violence, suppressed").isNull();
            assertThat(karlstad.get(7)).as("disorder").isEqualTo(3L);
            assertThat(severe(browser)).as("errors in the browser's console").isEmpty();
            sources.add(browser.driver().getPageSource());

            String download = browser.attribute(By.cssSelector("a[download]"), "href");
            assertThat(download).isEqualTo("/network/figures.csv?quarter=" + network.quarter());

            browser.click(By.linkText("Föregående kvartal"), "previous-quarter");
            Quarter previous = Quarter.parse(network.quarter()).previous();
            assertThat(browser.path()).isEqualTo("/network?quarter=" + previous);
            assertThat(browser.text(MAIN)).contains("Ingen kommun var medlem i nätverket under det här kvartalet.",
                    "kvartal " + previous.number() + " " + previous.year());
            sources.add(browser.driver().getPageSource());

            browser.open("/network?quarter=2026-Q9", "malformed-quarter");
            assertThat(browser.text(By.cssSelector("main .notice.refusal")))
                    .isEqualTo("”2026-Q9” är inget kvartal: skriv till exempel 2026-Q4. Det pågående kvartalet visas.");
            assertThat(browser.text(MAIN)).contains(quarterName);

            HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + download))
                    .header("Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                    .header("Accept-Language", "sv").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
            assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
                    disposition).startsWith("attachment;").contains("filename=\"network-krogar-mot-knark-sverige-")
                    .endsWith("-" + network.quarter() + ".csv\""));
            byte[] body = csv.body();
            assertThat(Arrays.copyOf(body, 3)).as("UTF-8's byte order mark")
                    .containsExactly(0xEF, 0xBB, 0xBF);
            String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            assertThat(lines.get(0)).isEqualTo("Kvartal;Kommunkod;Kommun;Mått;Del;Beskrivning;Värde;Dold");
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(network.quarter() + ";SE-")
                            .endsWith(";Karlstad;issuesByCategory;DISORDER;ordningsstörning;3;"))
                    .anySatisfy(line -> assertThat(line).startsWith(network.quarter() + ";SE-")
                            .endsWith(";Karlstad;issuesByCategory;VIOLENCE;våld;;dold"))
                    .anySatisfy(line -> assertThat(line).endsWith(";Örebro;venuesRegistered;;Registrerade krogar;3;"))
                    .contains(network.quarter() + ";;Hela nätverket;venuesRegistered;;Registrerade krogar;;dold")
                    .contains(network.quarter() + ";;Median;meetingsHeld;;Hållna möten;;dold");
            assertThat(text).contains("\r\n");
            sources.add(text);
        }

        for (String source : sources) {
            assertThat(source).doesNotContain(network.namesNeverShown().toArray(String[]::new));
        }
    }

    /** The texts of a row's figures in the table behind a chart, the mark for a suppressed one. */
    private static List<String> row(Browser browser, String table, String label) {
        WebElement row = browser.driver().findElement(By.xpath(
                "//table[@data-chart='" + table + "-chart']/tbody/tr[th='" + label + "']"));
        return row.findElements(By.tagName("td")).stream().map(cell -> cell.getDomAttribute("class") != null
                && cell.getDomAttribute("class").contains("suppressed") ? "•"
                : cell.getDomProperty("textContent").trim()).toList();
    }

    /** The browser's console errors (a failed script, a failed load), where the driver lets them be read. */
    private static List<String> severe(Browser browser) {
        try {
            return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage)
                    // The application has no icon; the browser asks for one on its own.
                    .filter(message -> !message.contains("/favicon.ico"))
                    .toList();
        } catch (UnsupportedOperationException | org.openqa.selenium.WebDriverException notReadable) {
            return List.of();
        }
    }
}
