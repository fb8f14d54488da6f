package forum.api.demo;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import forum.api.security.ForumUser;

/**
 * Once the application is ready: creates what of the demo is missing (on the first start, everything; the data
 * folder keeps it), then prints the address and the accounts to sign in with.
 */
@Component
@DemoEnabled
class DemoRun {

    private static final Logger log = LoggerFactory.getLogger(DemoRun.class);

    private final DemoMunicipality municipality;
    private final DemoOperator operator;
    private final DemoNetwork network;
    private final String host;

    DemoRun(DemoMunicipality municipality, DemoOperator operator, DemoNetwork network,
            @Value("${server.address:localhost}") String host) {
        this.municipality = municipality;
        this.operator = operator;
        this.network = network;
        this.host = host;
    }

    @EventListener
    void ensureDemoAndAnnounce(ApplicationReadyEvent ready) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
        UUID tenantId = municipality.ensure();
        ForumUser operatorAccount = operator.ensure();
        UUID networkId = network.ensure(operatorAccount);
        log.info(DemoBanner.text("http://" + host + ":" + port, tenantId, networkId));
    }
}
