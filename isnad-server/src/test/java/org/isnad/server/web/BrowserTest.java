package org.isnad.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;
import org.isnad.ingest.read.FileArticleSource;
import org.isnad.pipeline.Pipeline;
import org.isnad.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in headless Debian Chromium over the seed corpus: the story list, a dossier with
 * its entity panel and contradictions, and an article carrying script injections that must stay
 * text. Skipped only where /usr/bin/chromium is not installed (CI installs it).
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SEEDS = Path.of("..", "..", "shared", "corpus", "seeds");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path tmp;
    static TestServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "skipped: Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium chromium-driver)");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "skipped: /usr/bin/chromedriver is missing (apt-get install -y chromium-driver)");
        server = new TestServer(tmp.resolve("desk"));
        List<InputError> errors = new ArrayList<>();
        List<RawArticle> seeds = new FileArticleSource().read(List.of(SEEDS), errors::add);
        assertTrue(errors.isEmpty(), errors.toString());
        server.server.desk().ingest(seeds, Pipeline.Progress.NONE, o -> { });

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1800", "--user-data-dir=" + tmp.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static void open(String hash) {
        browser.get(server.base + "/" + hash);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                hash.equals(d.findElement(By.id("app")).getAttribute("data-ready")));
    }

    static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theSeedStoryIsListedAndItsDossierShowsEntitiesAndContradictions() throws IOException {
        JsonNode stories = server.get("/api/stories").json().get("stories");
        assertTrue(stories.size() > 0, "the seeds make at least one story");
        JsonNode biggest = stories.get(0);
        for (JsonNode s : stories) {
            if (s.get("articles").asInt() > biggest.get("articles").asInt()) {
                biggest = s;
            }
        }
        open("#/");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("ar", browser.findElement(By.tagName("html")).getAttribute("lang"));
        List<WebElement> links = browser.findElements(By.cssSelector("#stories li a"));
        assertEquals(stories.size(), links.size());
        String id = biggest.get("id").asText();
        WebElement link = browser.findElement(By.cssSelector("#stories li[data-story='" + id + "'] a"));
        assertEquals(biggest.get("title").asText(), link.getText().strip());
        screenshot("stories.png");
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                ("#/story/" + id).equals(d.findElement(By.id("app")).getAttribute("data-ready")));

        JsonNode dossier = server.get("/api/stories/" + id).json();
        JsonNode story = dossier.get("stories").get(0);
        assertEquals(story.get("title").asText(), browser.findElement(By.id("story-title")).getText().strip());
        List<WebElement> entities = browser.findElements(By.cssSelector("#entities .entity"));
        assertEquals(dossier.get("entities").size(), entities.size());
        assertTrue(entities.size() > 0, "the seed story has entities");
        for (JsonNode e : dossier.get("entities")) {
            WebElement item = browser.findElement(By.cssSelector("#entities .entity[data-entity='" + e.get("id").asText() + "']"));
            String shown = item.getText();
            assertTrue(shown.contains(e.get("name").asText()), shown);
            for (JsonNode alias : e.get("aliases")) {
                assertTrue(shown.contains(alias.asText()), "alias " + alias + " shown in " + shown);
            }
        }
        WebElement contradictions = browser.findElement(By.id("contradictions"));
        List<WebElement> blocks = contradictions.findElements(By.cssSelector(".contradiction"));
        assertEquals(story.get("contradictions").size(), blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            assertEquals(story.get("contradictions").get(i).get("sides").size(),
                    blocks.get(i).findElements(By.cssSelector(".side")).size());
        }
        List<WebElement> texts = browser.findElements(By.cssSelector("#articles .article-text"));
        assertEquals(dossier.get("articles").size(), texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(dossier.get("articles").get(i).get("text").asText(), textContent(texts.get(i)),
                    "article text shown exactly");
        }
        assertTrue(browser.findElements(By.cssSelector("#timeline svg, #timeline p")).size() > 0);
        assertTrue(browser.findElements(By.cssSelector("#graph svg .node")).size() == dossier.get("entities").size());
        screenshot("dossier.png");
    }

    @Test
    void scriptsInsideAnArticleStayText() throws IOException {
        String text = "أعلنت البلدية افتتاح مكتبة عامة جديدة في الحي القديم.\n"
                + "<script>window.__pwned=1</script>\n"
                + "وقال مدير المكتبة <img src=x onerror=\"window.__pwned=1\"> إن الافتتاح سيكون يوم السبت.";
        TestServer.Reply r = server.postArticle("موقع تجريبي", "مكتبة <b>جديدة</b>", text);
        assertEquals(201, r.status(), r.body());
        String story = r.json().get("story").asText();
        String stored = server.get("/api/articles/" + r.json().get("id").asText()).json().get("text").asText();

        open("#/story/" + story);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals("undefined", js.executeScript("return typeof window.__pwned"));
        WebElement article = browser.findElement(By.cssSelector("article[data-article='" + r.json().get("id").asText() + "']"));
        WebElement body = article.findElement(By.cssSelector(".article-text"));
        assertEquals(stored, textContent(body), "the text is shown as text, markup included");
        assertTrue(article.findElements(By.tagName("img")).isEmpty(), "no <img> element made from the article");
        assertTrue(article.findElements(By.tagName("script")).isEmpty(), "no <script> element made from the article");
        assertTrue(stored.contains("onerror") || stored.contains("__pwned"), "the injection reached the page: " + stored);
        screenshot("injection-dossier.png");

        open("#/search/" + "مكتبة");
        assertEquals("undefined", js.executeScript("return typeof window.__pwned"));
        screenshot("injection-search.png");
    }

    static String textContent(WebElement e) {
        return (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].textContent", e);
    }
}
