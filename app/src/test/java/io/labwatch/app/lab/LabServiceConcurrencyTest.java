package io.labwatch.app.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabKind;
import io.labwatch.domain.lab.LabService;
import io.labwatch.domain.shared.StaleVersionException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LabServiceConcurrencyTest {

    @Inject
    LabService labs;

    @Test
    void staleUpdateFailsAndLeavesTheRowUnchanged() {
        Lab created = labs.create(draft("service-stale", "Original"));
        long read = created.version;
        labs.update(labs.get("service-stale"), read, draft("service-stale", "Saved first"));

        assertThatThrownBy(() -> labs.update(labs.get("service-stale"), read, draft("service-stale", "Saved second")))
                .isInstanceOf(StaleVersionException.class);

        Lab stored = QuarkusTransaction.requiringNew().call(() -> labs.get("service-stale"));
        assertThat(stored.name).isEqualTo("Saved first");
        assertThat(stored.version).isEqualTo(read + 1);
    }

    @Test
    void concurrentEditsFromTheSameVersionYieldOneWinner() throws Exception {
        labs.create(draft("service-race", "Original"));
        int writers = 4;
        CountDownLatch allRead = new CountDownLatch(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "Writer " + i;
            Callable<String> write = () -> QuarkusTransaction.requiringNew().call(() -> {
                Lab lab = labs.get("service-race");
                allRead.countDown();
                allRead.await();
                try {
                    labs.update(lab, 0, draft("service-race", name));
                    return "saved";
                } catch (StaleVersionException e) {
                    return "conflict";
                }
            });
            results.add(pool.submit(write));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            try {
                outcomes.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                // The loser can also learn of the conflict at commit, when its transaction is rolled back.
                outcomes.add(e.getCause() instanceof StaleVersionException || String.valueOf(e.getCause()).contains("Rollback")
                        ? "conflict" : "error: " + e.getCause());
            }
        }
        pool.shutdown();

        assertThat(outcomes).containsOnly("saved", "conflict");
        assertThat(outcomes.stream().filter("saved"::equals).count()).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> labs.get("service-race").version)).isEqualTo(1);
    }

    private static Lab draft(String slug, String name) {
        Lab lab = new Lab();
        lab.slug = slug;
        lab.name = name;
        lab.kind = LabKind.OTHER;
        return lab;
    }
}
