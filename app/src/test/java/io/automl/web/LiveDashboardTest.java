package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study and trial pages in a real Chromium against a real server training iris: interactive ECharts plots
 * (hover names the trial, a click opens it, a log parameter's axis reads its declared range), a running trial's
 * curve and epoch appearing and growing before it ends, cancel keeping in-flight values, resume keeping the
 * study's start, and no sideways scrolling at 400 px. Screenshots of the study page mid-run go to
 * target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveDashboardTest {
    static final Path SHOTS = Paths.get("target", "screenshots");
    @TempDir
    static Path tmp;
    static TestServer s;
    static Chromium chromium;
    static Browser browser;

    /** A space with a log range, numeric choices and a conditional parameter; {@code epochs} per trial. */
    static String space(String name, int trials, int epochs) {
        return """
                {"name": "%s", "objective": {"metric": "accuracy", "direction": "maximize"},
                 "dataset": {"type": "csv", "path": "datasets/iris.csv", "label": "label",
                             "split": {"validation": 0.2, "test": 0.2, "seed": 7}},
                 "budget": {"trials": %d, "epochs": %d, "parallelism": 1},
                 "sampler": {"type": "random", "seed": 5},
                 "params": {"learningRate": {"type": "float", "low": 0.003, "high": 0.05, "log": true},
                            "batchSize": {"type": "categorical", "values": [8, 16, 32]},
                            "optimizer": {"type": "categorical", "values": ["adam", "sgd"]},
                            "momentum": {"type": "float", "low": 0.8, "high": 0.95, "when": {"optimizer": "sgd"}}},
                 "architecture": {"blocks": [{"layer": {"type": "dense",
                                  "units": {"type": "int", "low": 4, "high": 16}}}]}}
                """.formatted(name, trials, epochs);
    }

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(SHOTS);
        s = new TestServer(tmp, "127.0.0.1");
        chromium = Chromium.start();
        browser = chromium.browser();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (s != null) {
            s.close();
        }
    }

    private Page page(int width) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 1000)).newPage();
        page.setDefaultTimeout(90_000);
        page.navigate(s.base() + "/#token=" + TestServer.TOKEN);
        return page;
    }

    private static String chart(String id) {
        return "echarts.getInstanceByDom(document.getElementById('" + id + "'))";
    }

    @Test
    @Order(1)
    void plotsAreInteractiveWithTrueAxesAndTheImportanceIsNamed() throws Exception {
        assertEquals(201, s.post("/api/studies", space("plots-iris", 10, 6)).statusCode());
        s.await("/api/studies/plots-iris", j -> j.get("state").asText().equals("COMPLETE"), 240);
        Page page = page(1400);
        page.navigate(s.base() + "/#/study/plots-iris");
        page.waitForFunction(chart("plot-history") + " && " + chart("plot-history") + ".getOption().series[0].data.length > 0");

        // hovering a point of the history shows its trial; clicking it opens the trial
        @SuppressWarnings("unchecked")
        Map<String, Object> point = (Map<String, Object>) page.evaluate("() => { const c = " + chart("plot-history")
                + "; const d = c.getOption().series[0].data[0]; const p = c.convertToPixel({seriesIndex: 0}, d.value);"
                + " const r = document.getElementById('plot-history').getBoundingClientRect();"
                + " return {x: r.left + p[0], y: r.top + p[1], n: d.trial.number}; }");
        double x = ((Number) point.get("x")).doubleValue();
        double y = ((Number) point.get("y")).doubleValue();
        int n = ((Number) point.get("n")).intValue();
        page.mouse().move(x, y);
        page.waitForFunction("n => document.getElementById('plot-history').textContent.includes('trial ' + n)", n);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("history-hover.png")));
        page.mouse().click(x, y);
        page.waitForURL("**/#/study/plots-iris/trial/" + n);
        page.waitForSelector("#plot-trial canvas");

        // the parallel coordinates: a log axis at the declared range, numeric choices as categories, absent
        page.navigate(s.base() + "/#/study/plots-iris");
        page.waitForFunction(chart("plot-parallel") + " && " + chart("plot-parallel") + ".getOption().parallelAxis");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> axes = (List<Map<String, Object>>) page.evaluate("() => " + chart("plot-parallel")
                + ".getOption().parallelAxis.map(a => ({name: a.name, type: a.type, min: a.min, max: a.max,"
                + " data: a.data ? a.data.map(String) : null}))");
        Map<String, Object> lr = axes.stream().filter(a -> a.get("name").equals("learningRate")).findFirst().orElseThrow();
        assertEquals("log", lr.get("type"));
        assertEquals(0.003, ((Number) lr.get("min")).doubleValue(), 1e-12);
        assertEquals(0.05, ((Number) lr.get("max")).doubleValue(), 1e-12);
        Map<String, Object> batch = axes.stream().filter(a -> a.get("name").equals("batchSize")).findFirst().orElseThrow();
        assertEquals("category", batch.get("type"));
        assertEquals(List.of("8", "16", "32"), batch.get("data"));
        Map<String, Object> accuracy = axes.get(axes.size() - 1);
        assertEquals("accuracy", accuracy.get("name"));
        assertTrue(((Number) accuracy.get("max")).doubleValue() <= 1.0, accuracy.toString());
        axes.stream().filter(a -> a.get("name").equals("momentum")).findFirst().ifPresent(m ->
                assertTrue(((Number) m.get("min")).doubleValue() < 0.8, "room for 'absent' below the range: " + m));

        // the history's y axis stops at 1 for accuracy; the curves' axes name the metric and the epoch
        Object yMax = page.evaluate("() => " + chart("plot-history") + ".getModel().getComponent('yAxis', 0).axis.scale.getExtent()[1]");
        assertTrue(((Number) yMax).doubleValue() <= 1.0, "accuracy axis ends at " + yMax);
        assertEquals("accuracy", page.evaluate("() => " + chart("plot-curves") + ".getOption().yAxis[0].name"));
        assertEquals("epoch", page.evaluate("() => " + chart("plot-curves") + ".getOption().xAxis[0].name"));
        page.waitForSelector("#importance-warning");
        assertTrue(page.textContent("#importance-note").contains("Method: omega squared"), page.textContent("#importance-note"));
        JsonNode imp = s.tree(s.get("/api/studies/plots-iris/importance"));
        assertEquals(10, imp.get("trials").asInt());
        assertTrue(imp.get("warning").asText().startsWith("only 10 complete trials"), imp.toString());
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("study-plots.png")).setFullPage(true));
        // at 1400 px no table is clipped: each fits its panel
        Object clipped = page.evaluate("() => [...document.querySelectorAll('table')].filter(t =>"
                + " t.scrollWidth > t.parentElement.clientWidth + 1).map(t => t.id || t.parentElement.className)");
        assertEquals(List.of(), clipped);
    }

    @Test
    @Order(2)
    void aRunningTrialShowsItsEpochAndGrowingCurveBeforeItEndsAndCancelKeepsIt() throws Exception {
        assertEquals(201, s.post("/api/studies", space("live-iris", 2, 100_000)).statusCode());
        Page page = page(1400);
        page.navigate(s.base() + "/#/study/live-iris");
        page.waitForSelector("#trials tr[data-state='RUNNING'] td.epoch:text-matches('^\\\\d+ of 100000$')");
        String runningSeries = "() => { const c = " + chart("plot-curves") + "; if (!c) return 0;"
                + " const s = c.getOption().series.find(x => x.name.includes('running')); return s ? s.data.length : 0; }";
        page.waitForFunction("() => (" + runningSeries + ")() >= 3");
        int first = ((Number) page.evaluate(runningSeries)).intValue();
        JsonNode trial = s.tree(s.get("/api/studies/live-iris/trials/0"));
        assertEquals("RUNNING", trial.get("state").asText(), "the curve appeared before the trial ended");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("study-mid-run.png")).setFullPage(true));
        page.waitForFunction("n => (" + runningSeries + ")() > n + 5", first);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("study-mid-run-later.png")).setFullPage(true));

        // the trial page grows the same curve
        page.click("#trials tr[data-state='RUNNING']");
        page.waitForURL("**/#/study/live-iris/trial/0");
        page.waitForSelector("#trial-progress:text-matches('running: epoch \\\\d+ of 100000')");
        String trialPoints = "() => " + chart("plot-trial") + ".getOption().series[0].data.length";
        page.waitForFunction("() => " + chart("plot-trial") + " !== undefined");
        int before = ((Number) page.evaluate(trialPoints)).intValue();
        page.waitForFunction("n => (" + trialPoints + ")() > n + 3", before);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trial-mid-run.png")).setFullPage(true));

        // cancel keeps the in-flight trial's values and times; resume keeps the study's start
        String started = s.tree(s.get("/api/studies/live-iris")).get("started").asText();
        assertEquals(200, s.post("/api/studies/live-iris/cancel", null).statusCode());
        JsonNode cancelled = s.tree(s.get("/api/studies/live-iris/trials/0"));
        assertEquals("CANCELLED", cancelled.get("state").asText(), cancelled.toString());
        assertTrue(cancelled.get("intermediate").size() >= 3, cancelled.toString());
        assertNotNull(cancelled.get("started").textValue());
        assertNotNull(cancelled.get("finished").textValue());
        assertEquals(202, s.post("/api/studies/live-iris/resume", null).statusCode());
        s.await("/api/studies/live-iris", j -> j.get("counts").get("running").asInt() == 1, 60);
        assertEquals(started, s.tree(s.get("/api/studies/live-iris")).get("started").asText());
        assertEquals(200, s.post("/api/studies/live-iris/cancel", null).statusCode());
    }

    @Test
    @Order(3)
    void noPageScrollsSidewaysAt400Pixels() {
        Page page = page(400);
        for (String route : List.of("#/", "#/new", "#/schedules", "#/study/plots-iris", "#/study/plots-iris/trial/0")) {
            page.navigate(s.base() + "/" + route);
            page.waitForTimeout(1500);
            Object fits = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
            @SuppressWarnings("unchecked")
            List<Number> wh = (List<Number>) fits;
            assertTrue(wh.get(0).intValue() <= wh.get(1).intValue(), route + ": scrollWidth " + wh.get(0)
                    + " > innerWidth " + wh.get(1));
        }
        page.navigate(s.base() + "/#/study/plots-iris");
        page.waitForTimeout(1500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("study-400px.png")).setFullPage(true));
    }

    @Test
    @Order(4)
    void theEditorTakesADroppedOrPickedFileNumbersLinesAndJumpsToAnError() throws Exception {
        Page page = page(1400);
        page.navigate(s.base() + "/#/new");
        page.waitForSelector("#editor-drop");
        String bad = space("dropped", 3, 2).replace("\"trials\": 3", "\"trials\": -2");
        page.evaluate("text => { const dt = new DataTransfer();"
                + " dt.items.add(new File([text], 'dropped.json', {type: 'application/json'}));"
                + " document.getElementById('editor-drop').dispatchEvent(new DragEvent('drop',"
                + " {dataTransfer: dt, bubbles: true, cancelable: true})); }", bad);
        page.waitForSelector("#errors li[data-pointer='/budget/trials']");
        assertEquals(bad, page.inputValue("#editor"));
        assertTrue(page.textContent("#space-file-note").contains("dropped.json"));
        int lines = bad.split("\n", -1).length;
        assertEquals(lines, page.textContent("#editor-lines").split("\n").length);
        int expected = 1 + (int) bad.substring(0, bad.indexOf("\"trials\": -2")).chars().filter(c -> c == '\n').count();
        assertTrue(page.textContent("#errors li[data-pointer='/budget/trials']").contains("line " + expected),
                page.textContent("#errors li[data-pointer='/budget/trials']"));
        page.click("#errors li[data-pointer='/budget/trials']");
        String selected = (String) page.evaluate("() => { const e = document.getElementById('editor');"
                + " return e.value.slice(e.selectionStart, e.selectionEnd); }");
        assertTrue(selected.contains("\"trials\": -2"), "selected line: " + selected);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-error-line.png")).setFullPage(true));

        Path good = tmp.resolve("picked.json");
        Files.writeString(good, space("picked", 2, 2));
        page.setInputFiles("#space-file", good);
        page.waitForSelector("#validation .ok");
        assertEquals(space("picked", 2, 2), page.inputValue("#editor"));
    }

    @Test
    @Order(5)
    void aTokenIsCheckedWhenEnteredAndAStudyIsDeletedAfterConfirmation() throws Exception {
        Page anonymous = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)).newPage();
        anonymous.navigate(s.base() + "/#/schedules");
        anonymous.waitForSelector("#token-box.needed #token-input");
        anonymous.fill("#token-input", TestServer.TOKEN);
        anonymous.press("#token-input", "Enter");
        anonymous.waitForSelector("#token-box:has-text('token set')");
        anonymous.click("#token-box a");
        anonymous.fill("#token-input", "a-wrong-token");
        anonymous.press("#token-input", "Enter");
        anonymous.waitForSelector("#token-prompt:has-text('not valid')");

        Page page = page(1400);
        page.navigate(s.base() + "/#/study/plots-iris");
        page.waitForSelector("#delete-study");
        page.onceDialog(d -> d.dismiss());
        page.click("#delete-study");
        page.waitForTimeout(500);
        assertEquals(200, s.get("/api/studies/plots-iris").statusCode(), "dismissed: still there");
        page.onceDialog(d -> {
            assertTrue(d.message().contains("Delete study plots-iris"), d.message());
            d.accept();
        });
        page.click("#delete-study");
        page.waitForURL("**/#/");
        assertEquals(404, s.get("/api/studies/plots-iris").statusCode());
    }
}
