package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} scraped in Prometheus text format during a real study on a real server: counters move as trials end. */
class MetricsTest {

    static double sample(String text, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(text);
        double total = 0;
        boolean found = false;
        while (m.find()) {
            boolean all = true;
            for (String l : labels.split(",")) {
                all &= m.group(1).contains(l);
            }
            if (all) {
                total += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        return found ? total : -1;
    }

    @Test
    void countersMoveAsTrialsEndAndTheEndpointNeedsTheToken(@TempDir Path dir) throws Exception {
        try (TestServer s = new TestServer(dir, "127.0.0.1")) {
            assertEquals(401, s.anonymous("/metrics").statusCode());
            HttpResponse<String> first = s.get("/metrics");
            assertEquals(200, first.statusCode());
            assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            assertTrue(first.body().contains("jvm_memory_used_bytes{"), "JVM metrics");

            assertEquals(201, s.post("/api/studies", LiveDashboardTest.space("metrics-iris", 4, 40)).statusCode());
            List<Double> seen = new ArrayList<>();
            long until = System.nanoTime() + 240_000_000_000L;
            String text = "";
            double waitingSeen = -1;
            while (System.nanoTime() < until) {
                text = s.get("/metrics").body();
                double complete = sample(text, "automl_trials_total", "study=\"metrics-iris\",event=\"complete\"");
                if (seen.isEmpty() || complete != seen.get(seen.size() - 1)) {
                    seen.add(complete);
                }
                waitingSeen = Math.max(waitingSeen, sample(text, "automl_trials_waiting", "study=\"metrics-iris\""));
                if (complete == 4) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals(4.0, seen.get(seen.size() - 1), "complete trials counted: " + seen);
            assertTrue(seen.size() >= 3, "the counter moved trial by trial, seen " + seen);
            assertTrue(sample(text, "automl_trials_total", "study=\"metrics-iris\",event=\"started\"") >= 4, text);
            assertEquals(4.0, sample(text, "automl_trial_duration_seconds_count",
                    "study=\"metrics-iris\",state=\"COMPLETE\""), text);
            assertTrue(sample(text, "automl_trial_duration_seconds_bucket", "le=\"+Inf\"") >= 4, "histogram buckets");
            assertTrue(sample(text, "http_server_requests_seconds_count", "route=\"/api/studies\",status=\"201\"") >= 1,
                    "HTTP timings by route template");
            assertTrue(text.contains("automl_workers_live "), "live workers gauge");
            assertTrue(text.contains("hikaricp_connections_active{"), "the store's connection pool");
        }
    }

    @Test
    void aScheduleFireIsCounted(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (TestServer s = new TestServer(dir, "127.0.0.1")) {
            assertEquals(0.0, total(s.get("/metrics").body(), "automl_schedule_fires_total"));
            assertEquals(0.0, total(s.get("/metrics").body(), "automl_schedule_misfires_total"));
            String body = json.writeValueAsString(java.util.Map.of("name", "counted", "space",
                    json.readTree(s.space("iris-quick.json")), "cron", "0 0 2 * * ?"));
            assertEquals(201, s.send("POST", "/api/schedules", body, TestServer.TOKEN).statusCode());
            assertTrue(s.send("POST", "/api/schedules/counted/run", null, TestServer.TOKEN).statusCode() < 300);
            long until = System.nanoTime() + 60_000_000_000L;
            double fires = 0;
            while (fires < 1 && System.nanoTime() < until) {
                fires = total(s.get("/metrics").body(), "automl_schedule_fires_total");
                Thread.sleep(200);
            }
            assertEquals(1.0, fires, "the fire of run-now is counted");
        }
    }

    /** The value of an untagged counter, or -1 when the text has none. */
    private static double total(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
