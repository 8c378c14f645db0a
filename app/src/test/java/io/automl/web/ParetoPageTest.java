package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-objective iris study (accuracy against parameters) submitted over real HTTP to a real server: the
 * front in the API, and the page's Pareto scatter, front table and click-through in a real Chromium.
 */
class ParetoPageTest {
    static final String NAME = "iris-pareto-web";
    @TempDir
    static Path tmp;
    static TestServer s;
    static JsonNode pareto;

    @BeforeAll
    static void runStudy() throws Exception {
        s = new TestServer(tmp, "127.0.0.1");
        ObjectNode space = (ObjectNode) s.json.readTree(s.space("iris-quick.json"));
        space.put("name", NAME);
        space.remove("objective");
        space.set("objectives", s.json.readTree("[{\"metric\": \"accuracy\"}, {\"metric\": \"parameters\"}]"));
        space.remove("pruner");
        space.with("budget").put("trials", 8);
        space.with("sampler").put("type", "nsga2");
        ((ObjectNode) space.at("/architecture/blocks/0/layer/units")).put("low", 2).put("high", 32);
        HttpResponse<String> created = s.send("POST", "/api/studies", space.toString(), TestServer.TOKEN);
        assertEquals(201, created.statusCode(), created.body());
        long end = System.currentTimeMillis() + 240_000;
        JsonNode study;
        do {
            Thread.sleep(500);
            study = s.json.readTree(s.send("GET", "/api/studies/" + NAME, null, TestServer.TOKEN).body());
        } while (!study.get("state").asText().equals("COMPLETE") && System.currentTimeMillis() < end);
        assertEquals("COMPLETE", study.get("state").asText(), study.toString());
        assertEquals(List.of("accuracy", "parameters"), List.of(study.get("objectives").get(0).asText(),
                study.get("objectives").get(1).asText()));
        HttpResponse<String> r = s.send("GET", "/api/studies/" + NAME + "/pareto", null, TestServer.TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        pareto = s.json.readTree(r.body());
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void theApiGivesTheFrontEveryTrialAndTheHypervolumeOverTime() {
        JsonNode front = pareto.get("pareto");
        assertTrue(front.size() >= 1, pareto.toString());
        assertEquals(8, pareto.get("trials").size(), pareto.toString());
        int flagged = 0;
        for (JsonNode t : pareto.get("trials")) {
            flagged += t.get("front").asBoolean() ? 1 : 0;
            assertTrue(t.get("values").has("accuracy") && t.get("values").has("parameters"));
        }
        assertEquals(front.size(), flagged);
        assertEquals(8, pareto.get("history").size());
        JsonNode last = pareto.get("history").get(7);
        assertEquals(pareto.get("hypervolume").asDouble(), last.get("hypervolume").asDouble(), 1e-9);
        assertTrue(pareto.get("hypervolume").asDouble() > 0);
        assertEquals(false, pareto.get("referenceStated").asBoolean());
        assertEquals(true, pareto.get("multiObjective").asBoolean());
        assertEquals(404, s.send("GET", "/api/studies/no-such/pareto", null, TestServer.TOKEN).statusCode());
        assertEquals(401, s.send("GET", "/api/studies/" + NAME + "/pareto", null, null).statusCode());
    }

    @Test
    void thePageShowsTheScatterAndTheFrontsTableAndClicksThroughToATrial() throws Exception {
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        try (Chromium chromium = Chromium.start()) {
            Page page = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(1400, 1000)).newPage();
            page.setDefaultTimeout(60_000);
            page.navigate(s.base() + "/#token=" + TestServer.TOKEN);
            page.navigate(s.base() + "/#/study/" + NAME);
            page.waitForSelector("#pareto", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
            page.waitForSelector("#pareto-front tr >> nth=0");
            assertEquals(pareto.get("pareto").size(), page.locator("#pareto-front tr").count());
            assertEquals("8", page.locator("#plot-pareto").getAttribute("data-points"));
            int painted = ((Number) page.locator("#plot-pareto").evaluate(BrowserTest.NON_EMPTY)).intValue();
            assertTrue(painted > 1000, "painted pixels " + painted);
            assertTrue(page.textContent("#pareto-hv").contains("hypervolume"), page.textContent("#pareto-hv"));
            assertTrue(page.locator("#pareto-picker").isHidden(), "two objectives need no projection picker");
            page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("pareto.png")).setFullPage(true));
            String[] first = page.locator("#plot-pareto").getAttribute("data-first-front").split(":");
            page.locator("#plot-pareto").click(new com.microsoft.playwright.Locator.ClickOptions()
                    .setPosition(Double.parseDouble(first[1]), Double.parseDouble(first[2])));
            page.waitForURL("**/#/study/" + NAME + "/trial/" + first[0]);
            page.goBack();
            page.waitForSelector("#pareto-front tr >> nth=0");
            String trial = page.locator("#pareto-front tr >> nth=0").locator("td >> nth=0").textContent();
            page.click("#pareto-front tr >> nth=0");
            page.waitForURL("**/#/study/" + NAME + "/trial/" + trial);
        }
    }

    /**
     * A page still loading when the hash changes again (a click into a trial, then Back before the trial arrived)
     * finishes into a container of its own and does not cover the newer page.
     */
    @Test
    void aTrialPageStillLoadingWhenTheUserGoesBackLeavesTheStudyPageShown() {
        try (Chromium chromium = Chromium.start()) {
            Page page = chromium.browser().newContext().newPage();
            page.setDefaultTimeout(60_000);
            page.navigate(s.base() + "/#token=" + TestServer.TOKEN);
            page.navigate(s.base() + "/#/study/" + NAME);
            page.waitForSelector("#pareto-front tr >> nth=0");
            List<Route> held = new ArrayList<>();
            page.route("**/api/studies/" + NAME + "/trials/0", held::add);
            page.evaluate("location.hash = '#/study/" + NAME + "/trial/0'");
            page.waitForCondition(() -> !held.isEmpty());
            page.goBack();
            page.waitForSelector("#pareto-front tr >> nth=0");
            page.waitForResponse(r -> r.url().endsWith("/trials/0"), () -> held.get(0).resume());
            page.evaluate("() => new Promise(done => setTimeout(done, 300))");
            assertEquals(0, page.locator("#plot-trial").count(), "the late trial page stayed off the screen");
            assertTrue(page.locator("#pareto-front").isVisible(), "the study page is still shown");
            assertTrue(page.url().endsWith("#/study/" + NAME), page.url());
        }
    }
}
