package forum.api.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.axonframework.eventhandling.GenericEventMessage;

/**
 * The application's clock, which on the one thread that creates the demo's history may be set back: the domain
 * refuses to schedule a meeting in the past, so the demo lives its year through the same commands at the times
 * they would have been sent. The offset belongs to that thread only (Axon's command bus handles a command on the
 * sender's thread), so a request served meanwhile, and every other thread, reads the real time.
 */
final class DemoClock extends Clock {

    private static final ThreadLocal<Duration> SET_BACK = new ThreadLocal<>();

    private final Clock real;

    DemoClock(Clock real) {
        this.real = real;
    }

    /**
     * Runs the work with this thread's clock able to be set back, Axon's event clock included (its events carry
     * the time they happened); afterwards the thread is at the real time again and Axon's clock what it was.
     */
    static <T> T whileLivingThePast(Supplier<T> work) {
        Clock axon = GenericEventMessage.clock;
        GenericEventMessage.clock = new DemoClock(axon);
        try {
            return work.get();
        } finally {
            GenericEventMessage.clock = axon;
            SET_BACK.remove();
        }
    }

    /** From now on this thread's clocks read {@code when}, and go on from there. */
    static void travelTo(Instant when) {
        SET_BACK.set(Duration.between(Instant.now(), when));
    }

    /** This thread's clocks read the real time again. */
    static void backToThePresent() {
        SET_BACK.remove();
    }

    @Override
    public Instant instant() {
        Duration offset = SET_BACK.get();
        Instant now = real.instant();
        return offset == null ? now : now.plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(real.withZone(zone));
    }
}
