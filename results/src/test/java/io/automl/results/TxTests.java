package io.automl.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transactions: a real deadlock is retried to success; other failures roll back and propagate. */
abstract class TxTests {
    private DatabaseFixture fixture;
    private HikariDataSource pool;
    private Tx tx;

    abstract DatabaseFixture newFixture();

    @BeforeEach
    void prepare() throws Exception {
        fixture = newFixture();
        fixture.prepare();
        Dialect dialect = Dialect.forUrl(fixture.url());
        pool = StoreFactory.pool(fixture.url(), null, null, dialect);
        tx = new Tx(pool, dialect, 5);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE tx_probe (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
            s.execute("INSERT INTO tx_probe (id, n) VALUES (1, 0), (2, 0)");
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        pool.close();
        fixture.drop();
    }

    @Test
    void aDeadlockVictimIsRetriedAndBothTransactionsCommit() throws Exception {
        CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = threads.submit(() -> crossUpdate(1, 2, bothHoldOneRow, attempts));
            Future<Integer> b = threads.submit(() -> crossUpdate(2, 1, bothHoldOneRow, attempts));
            assertEquals(1, a.get(2, TimeUnit.MINUTES));
            assertEquals(1, b.get(2, TimeUnit.MINUTES));
        } finally {
            threads.shutdownNow();
        }
        assertTrue(attempts.get() >= 3, "one transaction was the deadlock victim and ran again: " + attempts.get());
        assertEquals(2, sum(), "each transaction's increment committed exactly once");
    }

    @Test
    void aNonTransientFailureRollsBackAndIsReported() throws SQLException {
        StoreException e = assertThrows(StoreException.class, () -> tx.run("probe", c -> {
            increment(c, 1);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO tx_probe (id, n) VALUES (2, 0)");
            }
            return null;
        }));
        assertTrue(e.getMessage().startsWith("probe failed"), e.getMessage());
        assertEquals("23505", ((SQLException) e.getCause()).getSQLState());
        assertEquals(0, sum(), "the first update was rolled back");
    }

    @Test
    void aRuntimeExceptionRollsBackAndPropagatesUnchanged() throws SQLException {
        IllegalStateException thrown = new IllegalStateException("stop");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tx.run("probe", c -> {
            increment(c, 1);
            throw thrown;
        }));
        assertEquals(thrown, e);
        assertEquals(0, sum());
    }

    /** Locks row {@code first}, waits (first attempt only) until the other thread holds its row, then locks {@code second}. */
    private int crossUpdate(int first, int second, CyclicBarrier barrier, AtomicInteger attempts) {
        AtomicInteger mine = new AtomicInteger();
        tx.run("cross update " + first, c -> {
            attempts.incrementAndGet();
            increment(c, first);
            if (mine.incrementAndGet() == 1) {
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other transaction never took its row", e);
                }
            }
            increment(c, second);
            increment(c, second, -1);
            return null;
        });
        return 1;
    }

    private static void increment(Connection c, int id) throws SQLException {
        increment(c, id, 1);
    }

    private static void increment(Connection c, int id, int by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE tx_probe SET n = n + ? WHERE id = ?")) {
            ps.setInt(1, by);
            ps.setInt(2, id);
            ps.executeUpdate();
        }
    }

    private int sum() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT SUM(n) FROM tx_probe")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
