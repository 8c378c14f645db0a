package io.automl.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Trial claims on PostgreSQL by 8 claimers that each own a store and its connection pool, as separate worker
 * machines would: every waiting trial is handed out exactly once. Also reports the measured claim rate.
 */
@ExtendWith(PgServer.class)
class PgSeparatePoolClaimTest {
    private static final int CLAIMERS = 8;
    private static final int TRIALS = 400;
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final PgFixture fixture = new PgFixture();

    @BeforeEach
    void prepare() throws Exception {
        fixture.prepare();
    }

    @AfterEach
    void drop() throws Exception {
        fixture.drop();
    }

    @Test
    void eightPoolsNeverClaimATrialTwice() throws Exception {
        long studyId;
        try (JdbcTrialStore setup = fixture.open()) {
            StudyRecord study = setup.createStudy("claims", "{}", "/", Direction.MAXIMIZE);
            studyId = study.id();
            for (int i = 0; i < TRIALS; i++) {
                setup.enqueue(studyId, new Config(Map.of("units", i)), 1000L + i);
            }
        }
        List<JdbcTrialStore> stores = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
        try {
            for (int i = 0; i < CLAIMERS; i++) {
                stores.add(fixture.open());
            }
            ConcurrentLinkedQueue<TrialSnapshot> claimed = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < CLAIMERS; i++) {
                JdbcTrialStore store = stores.get(i);
                String worker = "machine-" + i;
                counts.add(pool.submit(() -> {
                    go.await();
                    int mine = 0;
                    for (Optional<TrialSnapshot> c = store.claimWaiting(studyId, worker, LEASE); c.isPresent();
                            c = store.claimWaiting(studyId, worker, LEASE)) {
                        assertEquals(worker, c.get().worker());
                        claimed.add(c.get());
                        mine++;
                    }
                    return mine;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            int total = 0;
            int busiest = 0;
            for (Future<Integer> f : counts) {
                int n = f.get(2, TimeUnit.MINUTES);
                total += n;
                busiest = Math.max(busiest, n);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("PostgreSQL claims: %d trials by %d pools in %.3f s (%.0f claims/s, %.2f ms each)%n",
                    TRIALS, CLAIMERS, seconds, TRIALS / seconds, seconds * 1000 / TRIALS);
            assertEquals(TRIALS, total);
            assertEquals(TRIALS, claimed.size());
            assertEquals(TRIALS, claimed.stream().map(TrialSnapshot::number).distinct().count());
            assertEquals(TRIALS, claimed.stream().map(TrialSnapshot::id).distinct().count());
            assertTrue(busiest < TRIALS, "more than one claimer got trials");
            JdbcTrialStore check = stores.get(0);
            assertEquals(TRIALS, check.counts(studyId).running());
            assertTrue(check.trials(studyId).stream().allMatch(t -> t.state() == TrialState.RUNNING
                    && t.worker() != null && t.worker().startsWith("machine-")));
            assertTrue(check.claimWaiting(studyId, "late", LEASE).isEmpty());
        } finally {
            pool.shutdownNow();
            stores.forEach(JdbcTrialStore::close);
        }
    }
}
