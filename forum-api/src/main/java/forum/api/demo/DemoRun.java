package forum.api.demo;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Duration;
import java.time.Instant;
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
 * folder keeps it), then prints the address and the accounts to sign in with. The year is lived on this thread
 * with its clock set back ({@link DemoClock}); requests served meanwhile read the real time.
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
        long began = System.nanoTime();
        Instant now = Instant.now();
        record Created(UUID tenantId, UUID networkId) {
        }
        Created demo = DemoClock.whileLivingThePast(() -> {
            UUID tenantId = municipality.ensure(now.minus(DemoNetwork.SIGNED_UP_DAYS_AGO, DAYS));
            DemoClock.travelTo(now.minus(DemoNetwork.SIGNED_UP_DAYS_AGO, DAYS));
            ForumUser operatorAccount = operator.ensure();
            DemoClock.backToThePresent();
            return new Created(tenantId, network.ensure(operatorAccount, now));
        });
        log.info("The demo was ready in {} ms", Duration.ofNanos(System.nanoTime() - began).toMillis());
        log.info(DemoBanner.text("http://" + host + ":" + port, demo.tenantId(), demo.networkId()));
    }
}
