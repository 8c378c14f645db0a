package io.automl.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.StudyRecord;
import io.automl.results.JdbcTrialStore;
import io.automl.results.StoreFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quartz clustered on PostgreSQL with two real {@code automl serve} processes: a schedule firing every 3 s
 * runs once per fire time across both (as many {@code tick@TIME} studies as fire times, never more), and after
 * the node that ran the latest fire is killed with SIGKILL, the other runs the following fires; the fires
 * missed while the cluster noticed the dead node run late, each once.
 */
class ClusteredScheduleTest {
    private static final int PERIOD_S = 3;
    private static final Pattern RAN = Pattern.compile("schedule 'tick': running study '(tick@[0-9T]+(-\\d+)?)'");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @TempDir
    Path root;

    @Test
    void eachFireRunsOnceAndTheSurvivorTakesOver() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path executions = root.resolve("executions.log");
        try (PgDatabase db = PgDatabase.create();
                ServerNode a = ServerNode.start(db, root.resolve("a"), "--allow-commands");
                ServerNode b = ServerNode.start(db, root.resolve("b"), "--allow-commands");
                JdbcTrialStore store = StoreFactory.jdbc(db.url(), db.user(), db.password())) {
            String body = json.writeValueAsString(Map.of("name", "tick", "cron", "0/" + PERIOD_S + " * * * * ?",
                    "space", new CommandSpaces().space("tick", 1, 1, 0.1, executions)));
            HttpResponse<String> created = a.post("/api/schedules", body);
            assertEquals(201, created.statusCode(), created.body());
            assertTrue(Cluster.await(40, () -> ticks(store).size() >= 4), "no fires:\n" + a.log() + b.log());
            String latest = ticks(store).get(ticks(store).size() - 1);
            ServerNode runner = ran(a).contains(latest) ? a : b;
            ServerNode survivor = runner == a ? b : a;
            int survivorBefore = ran(survivor).size();
            runner.kill();
            Instant killed = Instant.now();
            Thread.sleep(30_000);
            List<String> after = ran(survivor);
            assertTrue(after.size() >= survivorBefore + 3, "the survivor did not take over: " + after);
            assertTrue(after.stream().anyMatch(n -> time(n).isAfter(killed.plusSeconds(15))), after.toString());

            List<String> ticks = ticks(store);
            // a study is named after the second it started, up to a second after its fire time; the cron fires on
            // the seconds divisible by PERIOD_S, so the first fire time is the first study's second rounded down
            long firstFire = time(ticks.get(0)).getEpochSecond() / PERIOD_S * PERIOD_S;
            long fireTimes = (Instant.now().getEpochSecond() - firstFire) / PERIOD_S + 1;
            System.out.printf("clustered schedule: %d studies for %d fire times; survivor ran %d before and %d after"
                    + " the kill%n", ticks.size(), fireTimes, survivorBefore, after.size());
            assertTrue(ticks.size() <= fireTimes, ticks.size() + " runs for " + fireTimes + " fire times: " + ticks);
            assertTrue(ticks.size() >= fireTimes - 2, ticks.size() + " runs for " + fireTimes + " fire times: " + ticks);
            assertFalse(survivor.log().contains(db.password()));
        }
    }

    private static List<String> ticks(JdbcTrialStore store) {
        return store.studies().stream().map(StudyRecord::name).filter(n -> n.startsWith("tick@")).sorted().toList();
    }

    private static List<String> ran(ServerNode node) {
        try {
            Matcher m = RAN.matcher(node.log());
            List<String> names = new java.util.ArrayList<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Instant time(String study) {
        String stamp = study.substring("tick@".length()).replaceAll("-\\d+$", "");
        return LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC);
    }
}
