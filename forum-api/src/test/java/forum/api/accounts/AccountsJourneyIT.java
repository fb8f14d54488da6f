package forum.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/**
 * A Swedish coordinator in a real browser manages the municipality's accounts: gives a member another role, is
 * offered no way to deactivate their own account, deactivates an account after a question of its own and
 * reactivates it. The deactivated person cannot sign in meanwhile.
 */
@ForumIntegrationTest
class AccountsJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By NOTICE = By.cssSelector("main .notice");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void aSwedishCoordinatorChangesARoleAndDeactivatesAnAccount() throws Exception {
        SignUps.Tenant karlstad = SignUps.signUp(http, "SE", "Karlstad", "Sara Samordnare");
        String mats = "mats-" + UUID.randomUUID() + "@example.se";
        accounts.create(karlstad.tenantId(), mats, SignUps.PASSWORD, "Mats Medlem", EnumSet.of(Role.FORUM_MEMBER));
        String pia = "pia-" + UUID.randomUUID() + "@example.se";
        accounts.create(karlstad.tenantId(), pia, SignUps.PASSWORD, "Pia Polis", EnumSet.of(Role.FORUM_MEMBER));

        try (Browser browser = Chromium.start(baseUrl(), "sv", "swedish-coordinator-accounts")) {
            signIn(browser, karlstad.coordinator());
            browser.click(By.linkText("Personer"), "people");
            browser.click(By.linkText("Konton"), "accounts");
            assertThat(browser.text(HEADING)).isEqualTo("Personer och behörighet");
            assertThat(browser.texts(By.cssSelector("main table tbody th")))
                    .containsExactly("Mats Medlem", "Pia Polis", "Sara Samordnare (du)");
            assertThat(browser.text(By.xpath(row("Sara Samordnare")))).contains("samordnare", "aktivt")
                    .doesNotContain("Inaktivera");

            new Select(browser.driver().findElement(By.xpath(row("Mats Medlem") + "//select")))
                    .selectByValue("LICENSING_OFFICER");
            browser.click(By.xpath(row("Mats Medlem") + "//button"), "role-changed");
            assertThat(browser.text(NOTICE)).isEqualTo("Mats Medlem har fått en ny roll.");
            assertThat(new Select(browser.driver().findElement(By.xpath(row("Mats Medlem") + "//select")))
                    .getFirstSelectedOption().getText()).isEqualTo("tillståndshandläggare");

            browser.click(By.xpath(row("Pia Polis") + "//a[contains(., 'Inaktivera')]"), "deactivation");
            assertThat(browser.text(HEADING)).isEqualTo("Inaktivera kontot för Pia Polis?");
            browser.click(SUBMIT, "deactivated");
            assertThat(browser.text(NOTICE)).isEqualTo("Kontot för Pia Polis är inaktiverat: det kan inte längre "
                    + "logga in.");
            assertThat(browser.text(By.xpath(row("Pia Polis")))).contains("inaktiverat", "Aktivera igen");
            assertThat(accounts.find(pia)).as("Pia cannot sign in").isEmpty();

            browser.click(By.xpath(row("Pia Polis") + "//button[contains(., 'Aktivera igen')]"), "reactivated");
            assertThat(browser.text(NOTICE)).isEqualTo("Kontot för Pia Polis är aktivt igen.");
            assertThat(accounts.find(pia)).isPresent();
        }
        assertThat(accounts.find(mats).orElseThrow().roles()).containsExactly(Role.LICENSING_OFFICER);
    }

    private static String row(String name) {
        return "//tr[th[contains(., '" + name + "')]]";
    }

    private static void signIn(Browser browser, String username) {
        browser.open("/login", "sign-in").type(By.id("username"), username).type(By.id("password"), SignUps.PASSWORD)
                .click(SUBMIT, "start");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
