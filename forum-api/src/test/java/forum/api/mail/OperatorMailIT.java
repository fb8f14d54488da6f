package forum.api.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.api.support.SignUps;
import forum.projections.runtime.TenantScope;

/**
 * The operator sees how many mails each municipality has, by kind and state, and never a recipient or a mail's words;
 * nobody else opens the operator's page, and the outbox's summary answers only inside the operator's reading.
 */
@ForumIntegrationTest
class OperatorMailIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TenantScope tenantScope;

    @LocalServerPort
    int port;

    @Test
    void theOperatorSeesEachMunicipalitysMailsCountedAndNoRecipient() throws Exception {
        String name = "Herning " + UUID.randomUUID().toString().substring(0, 6);
        SignUps.Tenant herning = SignUps.signUp(http, "DK", name, "Hanne Tovholder");
        String invitee = "jens-" + UUID.randomUUID() + "@kommune.example";
        assertThat(Api.post(herning.as(http), "/api/v1/invitations", Map.of("email", invitee, "name", "Jens Jensen",
                "role", "FORUM_MEMBER")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        PageClient pages = new PageClient(port);

        String operator = pages.signIn(TestMunicipality.createOperator(accounts), TestMunicipality.PASSWORD);
        HttpResponse<String> page = pages.send(pages.get("/operator/mail", operator));

        assertThat(page.statusCode()).isEqualTo(200);
        String row = page.body().substring(page.body().indexOf(">" + name + "<"));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Invitation", "Waiting to be sent", ">1<");
        assertThat(page.body()).doesNotContain(invitee, "Jens Jensen");

        String coordinator = pages.signIn(herning.coordinator(), SignUps.PASSWORD);
        assertThat(pages.send(pages.get("/operator/mail", coordinator)).statusCode()).isEqualTo(403);
    }

    @Test
    void theSummaryAnswersOnlyInsideTheOperatorsReading() {
        SignUps.Tenant tenant = SignUps.signUp(http);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            tenantScope.enter(tenant.tenantId());
            jdbc.sql("select * from operator_mail_summary()").query().listOfRows();
        })).rootCause().hasMessageContaining("only the operator's reading summarises the outbox");
    }
}
