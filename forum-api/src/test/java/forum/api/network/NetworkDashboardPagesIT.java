package forum.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.api.support.SignUps;

/**
 * The network dashboard over HTTP: its coordinator's alone (every other role gets the refusal page), in all four
 * languages, a malformed quarter said in the page's language, the figures' CSV in English with ',' between fields,
 * the printed report with a chart for every table.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkDashboardPagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    PageClient pages;
    NetworkOfTwo network;
    String session;

    @BeforeAll
    void aNetwork() throws Exception {
        pages = new PageClient(port);
        network = NetworkOfTwo.create(http, accounts, false);
        session = pages.signIn(network.coordinator(), SignUps.PASSWORD);
    }

    @Test
    void theNetworkCoordinatorLandsOnTheDashboard() throws Exception {
        HttpResponse<String> start = pages.send(pages.get("/", session));
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/network"));
    }

    @Test
    void aNetworkCoordinatorOfNoNetworkIsToldSo() throws Exception {
        String alone = pages.signIn(TestMunicipality.signUp(http, accounts).usernames().get(Role.NETWORK_COORDINATOR),
                TestMunicipality.PASSWORD);
        HttpResponse<String> page = pages.send(pages.get("/network?lang=en", alone));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Your account belongs to no network yet.");
        HttpResponse<String> csv = pages.send(pages.get("/network/figures.csv", alone));
        assertThat(csv.statusCode()).isEqualTo(302);
        assertThat(csv.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/network"));
    }

    @Test
    void everyOtherRoleIsRefused() throws Exception {
        TestMunicipality municipality = TestMunicipality.signUp(http, accounts);
        Map<Role, String> others = new EnumMap<>(municipality.usernames());
        others.remove(Role.NETWORK_COORDINATOR);
        others.put(Role.OPERATOR, TestMunicipality.createOperator(accounts));
        for (Map.Entry<Role, String> other : others.entrySet()) {
            String theirs = pages.signIn(other.getValue(), TestMunicipality.PASSWORD);
            for (String path : List.of("/network", "/network/figures.csv", "/network/report.pdf")) {
                HttpResponse<String> refused = pages.send(pages.get(path + "?lang=en", theirs));
                assertThat(refused.statusCode()).as("%s GET %s", other.getKey(), path).isEqualTo(403);
                assertThat(refused.body()).as("%s GET %s", other.getKey(), path)
                        .contains("You may not use this page").doesNotContain(network.networkName());
            }
        }
    }

    @Test
    void theDashboardSpeaksEveryLanguage() throws Exception {
        Map<String, List<String>> words = Map.of(
                "en", List.of("Network dashboard: ", "Issues by category", "no venue or person can be singled out"),
                "da", List.of("Netværkets overblik: ", "Hændelser efter kategori", "ingen beværtning eller person"),
                "sv", List.of("Nätverkets översikt: ", "Händelser per kategori", "ingen krog eller person"),
                "nb", List.of("Nettverkets oversikt: ", "Hendelser etter kategori", "verken skjenkesteder eller personer"));
        for (Map.Entry<String, List<String>> language : words.entrySet()) {
            HttpResponse<String> page = pages.send(pages.get("/network?lang=" + language.getKey(), session));
            assertThat(page.statusCode()).as(language.getKey()).isEqualTo(200);
            assertThat(page.body()).as(language.getKey()).contains("lang=\"" + language.getKey() + "\"")
                    .contains(language.getValue()).contains(network.networkName(), "Karlstad", "Örebro");
        }
    }

    @Test
    void aMalformedQuarterIsSaidInThePagesLanguage() throws Exception {
        HttpResponse<String> page = pages.send(pages.get("/network?lang=da&quarter=efter%C3%A5r", session));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("”efterår” er ikke et kvartal: skriv det som 2026-Q4.");

        HttpResponse<String> csv = pages.send(pages.get("/network/figures.csv?quarter=2026-Q5", session));
        assertThat(csv.statusCode()).isEqualTo(302);
        assertThat(csv.headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).endsWith("/network?quarter=2026-Q5"));
    }

    @Test
    void theFiguresInEnglishAreSeparatedByCommas() throws Exception {
        HttpRequest english = HttpRequest.newBuilder(pages.uri("/network/figures.csv?lang=en&quarter="
                + network.quarter())).header("Cookie", session).build();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(english,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFQuarter,Municipality code,Municipality,Measure,Item,Description,"
                + "Value,Suppressed");
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith(",Karlstad,issuesByCategory,DRUGS,drugs,0,"));
        assertThat(lines).contains(network.quarter() + ",,Median,venuesRegistered,,Venues registered,,suppressed");
    }

    @Test
    void theReportPrintsEveryTableWithItsChartInTheReadersLanguage() throws Exception {
        HttpRequest swedish = HttpRequest.newBuilder(pages.uri("/network/report.pdf?lang=sv&quarter="
                + network.quarter())).header("Cookie", session).build();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(swedish, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Nätverkets översikt: " + network.networkName(), "Händelser per kategori",
                    "Karlstad", "Örebro", "ingen krog eller person");
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                }
            }
            // Five tables of the quarter and the trend, each with its chart.
            assertThat(images).isEqualTo(6);
        }
    }
}
