package forum.api.demo;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import forum.api.security.ForumUser;

/**
 * Creates what of the demo is missing (on the first start, everything; the data folder keeps it) once Axon has
 * started and before the web server accepts connections, so nobody meets a half-made demo, and no request writes
 * while the demo's year is lived (on this thread, its clock set back: {@link DemoClock}). Once the application is
 * ready, prints the address and the accounts to sign in with.
 */
@Component
@DemoEnabled
class DemoRun implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoRun.class);
    /**
     * After Axon's configuration starts (its handlers subscribed; {@code Integer.MAX_VALUE - 3072}), before the web
     * server's start ({@code Integer.MAX_VALUE - 2048}).
     */
    static final int PHASE = Integer.MAX_VALUE - 2560;

    private record Created(UUID tenantId, UUID networkId) {
    }

    private final DemoMunicipality municipality;
    private final DemoOperator operator;
    private final DemoNetwork network;
    private final String host;
    private final Clock clock;
    private volatile Created demo;

    DemoRun(DemoMunicipality municipality, DemoOperator operator, DemoNetwork network,
            @Value("${server.address:localhost}") String host, Clock clock) {
        this.municipality = municipality;
        this.clock = clock;
        this.operator = operator;
        this.network = network;
        this.host = host;
    }

    @Override
    public void start() {
        long began = System.nanoTime();
        Instant now = clock.instant();
        demo = DemoClock.whileLivingThePast(() -> {
            UUID tenantId = municipality.ensure(now.minus(DemoNetwork.SIGNED_UP_DAYS_AGO, DAYS));
            DemoClock.travelTo(now.minus(DemoNetwork.SIGNED_UP_DAYS_AGO, DAYS));
            ForumUser operatorAccount = operator.ensure();
            DemoClock.backToThePresent();
            return new Created(tenantId, network.ensure(operatorAccount, now));
        });
        log.info("The demo was there in {} ms", Duration.ofNanos(System.nanoTime() - began).toMillis());
    }

    @Override
    public void stop() {
        // The demo is data: nothing to stop.
    }

    @Override
    public boolean isRunning() {
        return demo != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @EventListener
    void announce(ApplicationReadyEvent ready) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
        log.info(DemoBanner.text("http://" + host + ":" + port, demo.tenantId(), demo.networkId()));
    }
}
