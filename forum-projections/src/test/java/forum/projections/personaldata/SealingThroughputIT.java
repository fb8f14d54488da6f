package forum.projections.personaldata;

import forum.projections.support.ProjectionsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many values a second this machine seals and opens, printed (failsafe's output file), never asserted: once
 * per value in a transaction of its own, and many values of a few subjects in one transaction, as a consumer's
 * batch would.
 */
@ProjectionsIntegrationTest
class SealingThroughputIT {

    private static final int VALUES = 20_000;
    private static final int SUBJECTS = 200;

    @Autowired
    SubjectKeys keys;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void sealsAndOpensPerSecond() {
        UUID tenant = UUID.randomUUID();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < SUBJECTS; i++) {
            subjects.add("member:" + UUID.randomUUID());
        }
        long firstSeals = System.nanoTime();
        subjects.forEach(subject -> keys.seal(tenant, subject, "warm-up", "place"));
        report("first seals (new keys)", SUBJECTS, firstSeals);

        List<String> sealed = new ArrayList<>(VALUES);
        long sealing = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < VALUES; i++) {
                sealed.add(keys.seal(tenant, subjects.get(i % SUBJECTS), "Canary Person " + i, "place/" + i));
            }
        });
        report("seals in one transaction", VALUES, sealing);

        long opening = System.nanoTime();
        int opened = transaction.execute(status -> {
            int count = 0;
            for (int i = 0; i < VALUES; i++) {
                count += keys.open(tenant, subjects.get(i % SUBJECTS), sealed.get(i), "place/" + i).isPresent() ? 1 : 0;
            }
            return count;
        });
        report("opens in one transaction", VALUES, opening);

        long alone = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            keys.open(tenant, subjects.get(i % SUBJECTS), sealed.get(i), "place/" + i);
        }
        report("opens, a transaction each", 2_000, alone);
        assertThat(opened).isEqualTo(VALUES);
    }

    private static void report(String what, int count, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf("SubjectKeys: %d %s in %.2f s: %.0f per second%n", count, what, seconds, count / seconds);
    }
}
