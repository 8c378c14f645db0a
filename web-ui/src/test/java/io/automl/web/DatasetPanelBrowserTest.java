package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new-study page's data panel in a real Chromium: upload a CSV, preview it, use it by ref, run a study on it. */
class DatasetPanelBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void uploadACsvPreviewItAndStartAStudyOnIt() throws Exception {
        Files.createDirectories(BrowserTest.SHOTS);
        try (TestServer s = new TestServer(tmp, "127.0.0.1");
                Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--no-first-run", "--disable-sync")))) {
            Path csv = tmp.resolve("flowers.csv");
            Files.copy(s.examples.resolve("datasets/iris.csv"), csv);
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)).newPage();
            page.setDefaultTimeout(60_000);
            page.navigate(s.base() + "/#token=" + TestServer.TOKEN);
            page.navigate(s.base() + "/#/new");
            page.setInputFiles("#dataset-file", csv);
            assertEquals("flowers", page.inputValue("#dataset-name"));
            page.click("#dataset-upload");
            page.waitForSelector("[data-dataset='flowers']");
            assertTrue(page.textContent("#dataset-status").contains("stored flowers (csv, 150 rows)"));
            assertEquals(Files.size(csv), ((Number) page.evaluate(
                    "() => document.getElementById('dataset-progress').value")).longValue(), "the bar reached the end");
            assertEquals(5, page.locator("table[data-preview='flowers'] th").count());
            assertEquals(5, page.locator("table[data-preview='flowers'] tbody tr").count());

            page.click("button[data-example='iris-quick.json']");
            page.waitForSelector("#validation .ok");
            page.click("button[data-insert-ref='flowers']");
            page.waitForFunction("() => document.getElementById('editor').value.includes('\"ref\": \"flowers\"')");
            page.waitForSelector("#validation .ok");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SHOTS.resolve("data-panel.png"))
                    .setFullPage(true));
            page.click("#submit");
            page.waitForURL("**/#/study/iris-quick");
            page.waitForSelector("h1 .badge.COMPLETE", new Page.WaitForSelectorOptions().setTimeout(180_000));
            String stored = s.get("/api/studies/iris-quick/space").body();
            assertTrue(stored.contains("\"ref\"") && stored.contains("flowers"), stored);
        }
    }
}
