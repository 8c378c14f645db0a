package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The new-study page's data panel in a real Chromium: upload a CSV and a zip of image class folders with the
 * progress bar, preview them (columns and first rows; thumbnails per class), use the CSV by ref and run a study on
 * it.
 */
class DatasetPanelBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void uploadACsvPreviewItAndStartAStudyOnIt() throws Exception {
        Files.createDirectories(BrowserTest.SHOTS);
        try (TestServer s = new TestServer(tmp, "127.0.0.1");
                Chromium chromium = Chromium.start()) {
            Path csv = tmp.resolve("flowers.csv");
            Files.copy(s.examples.resolve("datasets/iris.csv"), csv);
            Page page = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(1400, 1000)).newPage();
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

            Path png = tmp.resolve("shapes");
            new io.automl.eval.data.ImageFolderWriter().write(new io.automl.eval.data.TableParser().parse(
                    new io.automl.eval.data.CsvReader().read(csv), "label"), 2, 2, png, true);
            Path zip = tmp.resolve("shapes.zip");
            try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
                    java.util.stream.Stream<Path> walk = Files.walk(png)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    z.putNextEntry(new java.util.zip.ZipEntry("shapes/" + png.relativize(f)));
                    Files.copy(f, z);
                    z.closeEntry();
                }
            }
            page.fill("#dataset-name", "");
            page.setInputFiles("#dataset-file", zip);
            page.click("#dataset-upload");
            page.waitForSelector("img[data-thumb='2']");
            assertEquals(9, page.locator("[data-preview='shapes'] img").count(), "3 thumbnails of each of 3 classes");
            assertTrue(page.textContent("[data-dataset='shapes']").contains("images · 3 classes"));

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
            String stored = s.tree(s.get("/api/studies/iris-quick/space")).path("text").asText();
            assertTrue(stored.contains("\"ref\": \"flowers\""), stored);
        }
    }
}
