package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web page in a real Chromium against a real server running a real iris search. */
class BrowserTest {
    static final Path SHOTS = Paths.get("target", "screenshots");
    static final String NON_EMPTY = "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }";
    @TempDir
    static Path tmp;
    static TestServer s;
    static Chromium chromium;
    static Browser browser;

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

    private Page page() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)
                .setAcceptDownloads(true)).newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(s.base() + "/#token=" + TestServer.TOKEN);
        return page;
    }

    @Test
    void submitAnExampleWatchItRunOpenPlotsAndDownloadTheModel() throws Exception {
        Page page = page();
        page.navigate(s.base() + "/#/new");
        page.click("button[data-example='iris-quick.json']");
        page.waitForSelector("#validation .ok");
        assertTrue(page.textContent("#validation").contains("valid"));
        page.click("#submit");
        page.waitForURL("**/#/study/iris-quick");
        page.waitForSelector("#trials tr >> nth=0");
        assertTrue(page.locator("#trials tr").count() >= 1, "trials appear while the study runs");
        page.waitForSelector("#stats", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForSelector("h1 .badge.COMPLETE", new Page.WaitForSelectorOptions().setTimeout(180_000));
        page.waitForTimeout(1500);
        assertEquals(6, page.locator("#trials tr").count());
        assertTrue(page.locator("#leaderboard tr").count() >= 1);
        for (String id : List.of("plot-history", "plot-curves", "plot-parallel", "plot-importance")) {
            int painted = ((Number) page.locator("#" + id + " canvas").first().evaluate(NON_EMPTY)).intValue();
            assertTrue(painted > 1000, id + " painted " + painted + " pixels");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("study.png")).setFullPage(true));

        Download download = page.waitForDownload(() -> page.click("#export-best"));
        Path zip = tmp.resolve("best.zip");
        download.saveAs(zip);
        Set<String> entries = new HashSet<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertTrue(entries.contains("configuration.json") && entries.contains("coefficients.bin"), entries.toString());

        page.click("#leaderboard tr >> nth=0");
        page.waitForSelector("#plot-trial canvas");
        assertTrue(((Number) page.locator("#plot-trial canvas").first().evaluate(NON_EMPTY)).intValue() > 1000);
        assertTrue(page.locator("#export-trial").isVisible());
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trial.png")).setFullPage(true));

        page.navigate(s.base() + "/#/");
        page.waitForSelector("tr[data-study='iris-quick']");
        assertTrue(page.textContent("tr[data-study='iris-quick']").contains("COMPLETE"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("studies.png")));
    }

    @Test
    void withoutTheTokenThePageAsksForItThenShowsTheStudies() {
        LargeStudy.write(s.services.store(), s.space("iris-quick.json"), s.examples, "listed-after-token", 3, 2, 5);
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)).newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(s.base() + "/#/");
        page.waitForSelector("#token-box.needed #token-input");
        assertEquals("token-input", page.evaluate("document.activeElement.id"), "the token box has the focus");
        assertTrue(page.textContent("#token-prompt").contains("needs its API token"), page.textContent("#token-prompt"));
        assertEquals(0, page.locator("tr[data-study]").count());
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("token-prompt.png")));

        page.fill("#token-input", "not-the-token");
        page.click("#token-use");
        page.waitForSelector("#token-prompt:has-text('not valid')");
        assertEquals(0, page.locator("tr[data-study]").count());

        page.fill("#token-input", TestServer.TOKEN);
        page.click("#token-use");
        page.waitForSelector("tr[data-study='listed-after-token']");
        assertEquals(0, page.locator("#token-box.needed").count());
        assertTrue(page.textContent("#token-box").contains("token set"), page.textContent("#token-box"));
    }

    @Test
    void aStudyTheServerRefusesShowsWhyInTheListAndOnItsPage() {
        var study = LargeStudy.write(s.services.store(), s.space("iris-quick.json"), s.examples, "refused-here", 1, 0, 1);
        s.services.store().failStudy(study.id(), "/evaluator/type: " + io.automl.space.policy.Policy.COMMANDS_REFUSED);
        Page page = page();
        page.waitForSelector("tr[data-study='refused-here'] .study-reason");
        assertTrue(page.textContent("tr[data-study='refused-here']").contains("--allow-commands"));
        page.click("tr[data-study='refused-here']");
        page.waitForURL("**/#/study/refused-here");
        page.waitForSelector("text=This study cannot run");
        assertTrue(page.textContent("body").contains("start it with --allow-commands"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("refused-study.png")));
    }

    @Test
    void anInvalidSpaceShowsItsErrorsAtTheirPaths() {
        Page page = page();
        page.navigate(s.base() + "/#/new");
        page.waitForSelector("button[data-example='iris-quick.json']");
        String bad = s.space("iris-quick.json").replace("\"iris-quick\"", "\"broken\"")
                .replace("\"relu\", \"tanh\"", "\"relux\"").replace("\"trials\": 6", "\"trials\": -2");
        page.fill("#editor", bad);
        page.click("#validate");
        page.waitForSelector("#errors li");
        Locator items = page.locator("#errors li");
        assertTrue(items.count() >= 2, "one item per error");
        List<String> pointers = page.locator("#errors li code").allTextContents();
        assertTrue(pointers.stream().anyMatch(p -> p.startsWith("/budget/trials")), pointers.toString());
        assertTrue(pointers.stream().anyMatch(p -> p.contains("activation")), pointers.toString());
        assertTrue(page.locator("#submit").isDisabled());
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("invalid.png")).setFullPage(true));
    }

    @Test
    void aScheduleIsCreatedWithItsNextFireShownThenDeleted() {
        Page page = page();
        page.navigate(s.base() + "/#/schedules");
        page.waitForSelector("#schedule-create");
        page.fill("#schedule-name", "nightly-iris");
        page.fill("#schedule-cron", "every night");
        page.fill("#schedule-space", s.space("iris-quick.json"));
        page.click("#schedule-create");
        page.waitForSelector(".field-error[data-field='cron'] div");
        assertTrue(page.textContent(".field-error[data-field='cron']").toLowerCase().contains("cron"),
                page.textContent(".field-error[data-field='cron']"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("schedule-error.png")).setFullPage(true));

        page.fill("#schedule-cron", "0 0 2 * * ?");
        page.click("#schedule-create");
        Locator row = page.locator("tr[data-schedule='nightly-iris']");
        row.waitFor();
        String next = row.locator(".next-fire").textContent();
        assertTrue(next.matches(".*\\d.*"), "next fire shown: " + next);
        assertTrue(row.textContent().contains("0 0 2 * * ?"));
        row.locator("button[data-action='history']").click();
        page.waitForSelector("#schedule-runs");
        assertTrue(page.textContent("#schedule-history").contains("No runs yet"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("schedules.png")).setFullPage(true));

        page.onDialog(d -> d.accept());
        row.locator("button[data-action='delete']").click();
        page.locator("tr[data-schedule='nightly-iris']").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.DETACHED));
        assertEquals(404, s.get("/api/schedules/nightly-iris/history").statusCode());
    }
}
