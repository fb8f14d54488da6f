package forum.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.commands.Api;
import forum.api.commands.StoredEvents;
import forum.api.eventstore.EventRelay;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.core.venue.VenueRegistered;

/**
 * A Norwegian coordinator keeps the register current in the browser: changes a venue's licence holder and serving
 * hours, closes another, and imports venues from a file, first with bad lines, then corrected. Every page is
 * screenshot and scanned with axe by {@link Browser}.
 */
@ForumIntegrationTest
class VenueRegisterJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By SUBMIT = By.cssSelector("main form[method=post] button[type=submit]");
    private static final String HEADER = "licenceNumber;name;address;licenceHolder;licenceKind;servingHours\n";

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventRelay relay;

    @LocalServerPort
    int port;

    @Test
    void aNorwegianCoordinatorChangesClosesAndImportsVenues() throws Exception {
        SignUps.Tenant harstad = SignUps.signUp(http, "NO", "Harstad", "Hege Koordinator");
        UUID kaia = Api.created(Api.post(harstad.as(http), "/api/v1/venues", venue("Kaiakanten", "HA-1")));
        UUID bryggen = Api.created(Api.post(harstad.as(http), "/api/v1/venues", venue("Bryggekroa", "HA-2")));
        harstad.as(http).getForEntity("/api/v1/venues/" + bryggen, String.class);
        Path bad = Files.writeString(Files.createTempFile("skjenkesteder-", ".csv"), HEADER
                + "HA-3;Fjæra Bar;Strandgata 3;Åse Ødegård;alminnelig;18-02\n"
                + "HA-4;;Torget 1;Torget AS;alminnelig;18-02\n"
                + "HA-5;Nordlys;Havnegata 5;Nordlys AS;dansebar;18-02\n", StandardCharsets.UTF_8);
        Path good = Files.writeString(Files.createTempFile("skjenkesteder-", ".csv"), HEADER
                + "HA-3;Fjæra Bar;Strandgata 3;Åse Ødegård;alminnelig;18-02\n"
                + "HA-4;Torvstua;Torget 1;Torget AS;alminnelig;18-02\n"
                + "HA-1;Kaiakanten;Storgata 9;Bjørn Ødegård;PERMANENT_PUBLIC;12-01\n", StandardCharsets.UTF_8);

        try (Browser browser = Chromium.start(baseUrl(), "nb", "norwegian-coordinator-keeps-the-register")) {
            browser.open("/venues/" + kaia, "sign-in").type(By.id("username"), harstad.coordinator())
                    .type(By.id("password"), SignUps.PASSWORD)
                    .click(By.cssSelector("main form button[type=submit]"), "case-file");
            browser.click(By.linkText("Endre opplysninger"), "details-form");
            assertThat(browser.text(HEADING)).isEqualTo("Endre opplysningene om Kaiakanten");
            browser.type(By.id("name"), "");
            browser.click(SUBMIT, "details-form-without-name");
            assertThat(browser.text(By.className("error-summary"))).contains("Det er et problem");
            assertThat(browser.attribute(By.id("name"), "aria-invalid")).isEqualTo("true");

            browser.type(By.id("name"), "Kaiakanten").type(By.id("licenceHolder"), "Bjørn Ødegård")
                    .type(By.id("servingHours"), "12-01");
            browser.click(SUBMIT, "case-file-changed");
            assertThat(browser.text(By.className("notice"))).isEqualTo("Endringene er lagret.");
            assertThat(browser.text(MAIN)).contains("Bjørn Ødegård", "12-01",
                    "Opplysninger endret: bevillingshaver, skjenketider");

            browser.open("/venues/" + bryggen, "other-case-file");
            browser.click(By.linkText("Steng skjenkestedet"), "closure-form");
            assertThat(browser.text(HEADING)).isEqualTo("Steng Bryggekroa");
            browser.driver().findElement(By.cssSelector("input[name=reason][value=LICENCE_SURRENDERED]")).click();
            browser.click(SUBMIT, "case-file-closed");
            assertThat(browser.text(MAIN)).contains("bevillingshaveren har gitt fra seg bevillingen",
                    "Skjenkested stengt").doesNotContain("Registrer en hendelse", "Endre opplysninger");

            browser.click(By.linkText("Tilbake til skjenkestedsregisteret"), "register-with-a-closed-venue");
            assertThat(browser.text(By.tagName("tbody"))).contains("Bryggekroa stengt");
            browser.click(By.linkText("Importer skjenkesteder fra en fil"), "import-form");
            assertThat(browser.text(HEADING)).isEqualTo("Importer skjenkesteder fra en fil");
            browser.driver().findElement(By.id("file")).sendKeys(bad.toString());
            browser.click(SUBMIT, "import-report-with-bad-lines");
            assertThat(browser.text(MAIN)).contains("2 feil i filen. Ingenting importeres før filen er feilfri.");
            assertThat(browser.texts(By.cssSelector("table.import-problems tbody tr")))
                    .containsExactly("3 Navn Verdien mangler.", "4 Type bevilling Ikke en kjent type bevilling.");
            assertThat(browser.driver().findElements(By.xpath("//button[text()='Importer skjenkestedene']")))
                    .isEmpty();

            browser.driver().findElement(By.id("file")).sendKeys(good.toString());
            browser.click(By.cssSelector("main form[enctype] button[type=submit]"), "import-report-clean");
            assertThat(browser.text(MAIN)).contains("Filen har 3 skjenkesteder og ingen feil.",
                    "Skjenkesteder som registreres: 2", "Skjenkesteder som allerede er som i filen: 1");
            browser.click(By.xpath("//button[text()='Importer skjenkestedene']"), "import-done");
            assertThat(browser.text(MAIN)).contains("Registrert: 2", "Oppdatert: 0", "Uendret: 1");
            browser.click(By.linkText("Tilbake til skjenkestedsregisteret"), "register-after-the-import");
            assertThat(browser.texts(By.cssSelector("#venue-results tbody th a")))
                    .containsExactly("Bryggekroa", "Fjæra Bar", "Kaiakanten", "Torvstua");
        }
        assertThat(StoredEvents.countInTenant(relay, VenueRegistered.class, harstad.tenantId())).isEqualTo(4);
    }

    private static Map<String, Object> venue(String name, String licenceNumber) {
        return Map.of("name", name, "address", "Storgata 9", "licenceNumber", licenceNumber,
                "licenceHolder", name + " AS", "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-02");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
