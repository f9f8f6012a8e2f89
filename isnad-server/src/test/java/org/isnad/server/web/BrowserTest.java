package org.isnad.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.Map;
import org.isnad.core.model.Count;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.EventType;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;
import org.isnad.core.model.Stance;
import org.isnad.core.model.Story;
import org.isnad.ingest.read.FileArticleSource;
import org.isnad.pipeline.Pipeline;
import org.isnad.server.DeskArticles;
import org.isnad.server.TestArticles;
import org.isnad.server.geo.Geocoder;
import org.isnad.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        List<WebElement> links = browser.findElements(By.cssSelector("#stories li a.title"));
        assertEquals(stories.size(), links.size());
        String id = biggest.get("id").asText();
        WebElement link = browser.findElement(By.cssSelector("#stories li[data-story='" + id + "'] a.title"));
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
            // the name and its type badge are separate words, also when the text is copied
            String badge = item.findElement(By.cssSelector(".badge")).getText().strip();
            assertTrue(textContent(item).matches("(?s).*" + java.util.regex.Pattern.quote(e.get("name").asText())
                    + "\\s+" + java.util.regex.Pattern.quote(badge) + "\\s.*"), textContent(item));
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
        assertTrue(browser.findElements(By.cssSelector("#timeline li, #timeline p")).size() > 0);
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
        String story = server.storyOf(r);
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

    /** The story with the most articles (the seed story the dossier tests look at). */
    static String biggestStory() {
        JsonNode biggest = null;
        for (JsonNode s : server.get("/api/stories").json().get("stories")) {
            if (biggest == null || s.get("articles").asInt() > biggest.get("articles").asInt()) {
                biggest = s;
            }
        }
        assertNotNull(biggest, "the seeds make at least one story");
        return biggest.get("id").asText();
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Clicks a link as a reader would (scrolled to the middle, clear of the pinned evidence panel) and waits for the route. */
    static void follow(WebElement link) {
        js("arguments[0].scrollIntoView({block: 'center'})", link);
        String before = (String) js("return location.hash");
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !before.equals(js("return location.hash"))
                && js("return decodeURIComponent(location.hash)").equals(d.findElement(By.id("app")).getAttribute("data-ready")));
    }

    /**
     * The span is selected: the address names it, one mark in its article covers exactly its text,
     * the mark is on screen and the evidence panel quotes its sentence with outlet and publication time.
     */
    static void assertSelected(String story, JsonNode span) {
        String article = span.get("article").asText();
        int start = span.get("start").asInt(), end = span.get("end").asInt();
        assertEquals("#/story/" + story + "/article/" + article + "/span/" + start + "-" + end,
                ((String) js("return decodeURIComponent(location.hash)")).replaceAll("\\?.*", ""));
        List<WebElement> marks = browser.findElements(By.cssSelector("#articles mark.evidence"));
        assertEquals(1, marks.size(), "one highlighted span");
        WebElement mark = marks.get(0);
        assertEquals(span.get("text").asText(), textContent(mark), "the highlighted text is the finding's span");
        assertEquals(article, js("return arguments[0].closest('article').getAttribute('data-article')", mark));
        JsonNode a = server.get("/api/articles/" + article).json();
        assertEquals(a.get("text").asText().substring(start, end), textContent(mark), "the mark sits at the span's offsets");
        assertEquals(Boolean.TRUE, js("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", mark), "scrolled to the span");
        WebElement panel = browser.findElement(By.id("evidence"));
        assertEquals(article, panel.getAttribute("data-article"));
        String quoted = textContent(panel.findElement(By.cssSelector(".sentence")));
        assertTrue(quoted.contains(span.get("text").asText()), quoted);
        assertTrue(a.get("text").asText().contains(quoted), "the quoted sentence is the article's own: " + quoted);
        String head = textContent(panel.findElement(By.cssSelector(".evidence-head")));
        String outlet = a.hasNonNull("outlet") ? a.get("outlet").asText()
                : a.get("source").asText().replaceAll(".*[\\\\/]", "");
        assertTrue(head.contains(outlet), head + " names " + outlet);
        if (a.hasNonNull("published")) {
            assertTrue(head.contains(a.get("published").get("value").asText()), head);
        }
    }

    /** Two outlets giving 16 and 15 injured in one blast the same morning: one COUNT contradiction. */
    @Test
    void aContradictionSideLinksToItsWords() {
        String id = server.storyOf(DeskArticles.post(server, DeskArticles.NORTH, "انفجار في سوق حمص", "2024-04-02",
                "أدى انفجار عبوة ناسفة في سوق الخضار بمدينة حمص صباح اليوم الثلاثاء إلى إصابة 16 شخصا، بحسب مصادر طبية.\n"
                        + "وقالت الشرطة إن العبوة كانت مخبأة تحت إحدى البسطات."));
        assertEquals(id, server.storyOf(DeskArticles.post(server, DeskArticles.VALLEY, "جرحى بانفجار عبوة في حمص", "2024-04-02",
                "أدى انفجار عبوة ناسفة داخل سوق الخضار في مدينة حمص صباح الثلاثاء إلى إصابة 15 شخصا بجروح مختلفة.\n"
                        + "وأغلقت قوات الأمن السوق وبدأت التحقيق في الانفجار.")), "one blast, one story");
        JsonNode story = server.get("/api/stories/" + id).json().get("stories").get(0);
        assertTrue(story.get("contradictions").size() > 0, "16 against 15 injured is a contradiction: " + story);
        open("#/story/" + id);
        for (int side = 0; side < 2; side++) {
            follow(browser.findElement(By.cssSelector(
                    "#contradictions [data-contradiction='0'] .side[data-side='" + side + "'] a.evidence-link")));
            assertSelected(id, story.get("contradictions").get(0).get("sides").get(side));
            assertEquals(1, browser.findElements(By.cssSelector("#articles mark.evidence")).size(), "the previous mark is gone");
        }
    }

    @Test
    void everyFindingLinksToItsWordsInTheArticle() {
        String id = biggestStory();
        JsonNode dossier = server.get("/api/stories/" + id).json();
        JsonNode story = dossier.get("stories").get(0);
        open("#/story/" + id);

        assertTrue(dossier.get("claims").size() > 0, "the seed story has claims");
        JsonNode claim = dossier.get("claims").get(0);
        follow(browser.findElement(By.cssSelector(".claim[data-claim='" + claim.get("id").asText() + "'] a.evidence-link")));
        assertSelected(id, claim.get("span"));

        assertTrue(dossier.get("events").size() > 0, "the seed story has events");
        JsonNode event = dossier.get("events").get(dossier.get("events").size() - 1);
        follow(browser.findElement(By.cssSelector(".event[data-event='" + event.get("id").asText() + "'] > a.evidence-link")));
        assertSelected(id, event.get("mentions").get(0));
        String shared = browser.getCurrentUrl();

        WebElement entry = browser.findElement(By.cssSelector("#timeline li a.evidence-link"));
        String entryText = textContent(entry).replaceAll("…$", "").strip();
        follow(entry);
        String markText = textContent(browser.findElement(By.id("evidence-mark")));
        assertTrue(!markText.isBlank() && entryText.contains(markText), markText + " / " + entryText);

        // the address is the selection: opened afresh it shows the same span
        browser.get("about:blank");
        browser.get(shared);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                js("return decodeURIComponent(location.hash)").equals(d.findElement(By.id("app")).getAttribute("data-ready")));
        assertSelected(id, event.get("mentions").get(0));

        // closing the panel drops the selection from the address and the page
        follow(browser.findElement(By.cssSelector("#evidence a.close")));
        assertEquals("#/story/" + id, js("return decodeURIComponent(location.hash)"));
        assertTrue(browser.findElements(By.cssSelector("#evidence, mark.evidence")).isEmpty());
        List<WebElement> texts = browser.findElements(By.cssSelector("#articles .article-text"));
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(dossier.get("articles").get(i).get("text").asText(), textContent(texts.get(i)));
        }

        // an address whose span lies outside its article says so and marks nothing
        String article = dossier.get("articles").get(0).get("id").asText();
        int length = dossier.get("articles").get(0).get("text").asText().length();
        open("#/story/" + id + "/article/" + article + "/span/" + (length + 1) + "-" + (length + 5));
        assertTrue(browser.findElement(By.id("evidence")).getAttribute("class").contains("error"));
        assertTrue(browser.findElements(By.cssSelector("mark.evidence")).isEmpty());
    }

    @Test
    void aSearchHitOpensItsWordsInTheArticle() throws IOException {
        String body = new ObjectMapper().createObjectNode().put("outlet", "موقع الاختبار").put("title", "اشتباكات في بلدة")
                .put("published", "2025-03-04").put("text", TestArticles.CLASH_A).put("url", "https://example.org/search-hit")
                .toString();
        TestServer.Reply r = server.post("/api/articles", "application/json", body, TestServer.TOKEN);
        assertTrue(r.status() == 201 || r.status() == 200, r.body());
        String article = r.json().get("id").asText();
        String story = server.storyOf(r);
        JsonNode hits = server.get("/api/search?q=" + java.net.URLEncoder.encode("السنابل", java.nio.charset.StandardCharsets.UTF_8))
                .json().get("hits");
        JsonNode hit = null;
        for (JsonNode h : hits) {
            if (h.get("article").asText().equals(article)) {
                hit = h;
            }
        }
        assertNotNull(hit, "the posted article is found: " + hits);

        open("#/search/" + "السنابل");
        WebElement link = browser.findElement(By.cssSelector("#results li[data-article='" + article + "'] a.evidence-link"));
        String range = link.getAttribute("href").replaceAll(".*/span/", "").replaceAll("\\?.*", "");
        JsonNode chosen = null;
        for (JsonNode h : hit.get("highlights")) {
            if ((h.get("start").asInt() + "-" + h.get("end").asInt()).equals(range)) {
                chosen = h;
            }
        }
        assertNotNull(chosen, "the link goes to one of the hit's highlights: " + range);
        follow(link);
        assertSelected(story, Json.span(article, chosen));
        assertTrue(textContent(browser.findElement(By.id("evidence"))).contains("موقع الاختبار"));
        assertTrue(textContent(browser.findElement(By.id("evidence"))).contains("2025-03-04"));
        // the query came along: the story marks every hit of the article, the clicked one among them
        assertTrue(((String) js("return decodeURIComponent(location.hash)")).endsWith("?q=السنابل"));
        assertTrue(browser.findElement(By.id("hits-bar")).getText().contains("السنابل"));
        Object marked = js("const w = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT); let pos = 0; const out = [];"
                + " while (w.nextNode()) { const n = w.currentNode, l = n.textContent.length;"
                + "   if (n.parentElement.closest('mark.hit')) { if (out.length && out[out.length - 1][1] === pos) out[out.length - 1][1] = pos + l;"
                + "     else out.push([pos, pos + l]); } pos += l; }"
                + " return out.map(r => r[0] + '-' + r[1]).join(' ');",
                browser.findElement(By.cssSelector("article[data-article='" + article + "'] .article-text")));
        List<String> expected = new ArrayList<>();
        for (JsonNode h : hit.get("highlights")) {
            expected.add(h.get("start").asInt() + "-" + h.get("end").asInt());
        }
        assertEquals(String.join(" ", expected), marked, "the marks cover exactly the hits' offsets");
        screenshot("search-hit-evidence.png");
    }

    /** A search highlight as a span of the dossier. */
    static final class Json {
        static JsonNode span(String article, JsonNode h) {
            return new ObjectMapper().createObjectNode().put("article", article).put("start", h.get("start").asInt())
                    .put("end", h.get("end").asInt()).put("text", h.get("text").asText());
        }
    }

    /** The page laid out at `width` CSS pixels (a phone below 900) until {@link #clearViewport()}. */
    static void viewport(int width, int height) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 900));
    }

    static void clearViewport() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The whole page (up to 8,000 px high) at `width`, then the viewport as it was. */
    static void fullPage(String name, int width, int height) throws IOException {
        long tall = ((Number) js("return Math.min(document.documentElement.scrollHeight, 8000)")).longValue();
        viewport(width, (int) Math.max(tall, height));
        screenshot(name);
        viewport(width, height);
    }

    /** Text smaller than 14 px (12 px in badges), outside drawings: tag, class, size, text. */
    @SuppressWarnings("unchecked")
    static List<String> tooSmallText() {
        return (List<String>) js("const bad = [];"
                + "for (const e of document.body.querySelectorAll('*')) {"
                + "  if (e.closest('svg') || !e.getClientRects().length) continue;"
                + "  if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;"
                + "  const px = parseFloat(getComputedStyle(e).fontSize), min = e.closest('.badge') ? 12 : 14;"
                + "  if (px < min) bad.push(e.tagName + '.' + e.className + ' ' + px + 'px ' + e.textContent.slice(0, 30));"
                + "}"
                + "return bad;");
    }

    @Test
    void onAPhoneTheListAndTheDossierFitTheScreen() throws IOException {
        String id = biggestStory();
        try {
            for (int width : new int[] {1400, 390}) {
                int height = width < 900 ? 844 : 1800;
                viewport(width, height);
                open("#/");
                assertTrue(((Number) js("return document.documentElement.scrollWidth")).intValue() <= width,
                        "no sideways scrolling on the list at " + width);
                assertEquals(List.of(), tooSmallText(), "text sizes on the list at " + width);
                fullPage("stories-" + width + ".png", width, height);

                open("#/story/" + id);
                assertTrue(((Number) js("return document.documentElement.scrollWidth")).intValue() <= width,
                        "no sideways scrolling on the dossier at " + width + ": "
                                + js("return document.documentElement.scrollWidth"));
                assertEquals(List.of(), tooSmallText(), "text sizes on the dossier at " + width);
                WebElement main = browser.findElement(By.cssSelector(".dossier > .main"));
                WebElement panel = browser.findElement(By.id("entities"));
                if (width < 900) {
                    assertTrue(panel.getRect().getY() >= main.getRect().getY() + main.getRect().getHeight(),
                            "one column: the entity panel comes below the dossier");
                } else {
                    assertEquals(main.getRect().getY(), panel.getRect().getY(), "two columns side by side");
                }
                fullPage("dossier-" + width + ".png", width, height);
            }

            // at 390 px: a route change starts at the top of the new view, not at the old one's scroll position
            TestServer.Reply other = server.postArticle("موقع الطقس", "أمطار غزيرة", TestArticles.WEATHER);
            assertTrue(other.status() == 201 || other.status() == 200, other.body());
            js("window.scrollTo(0, document.documentElement.scrollHeight)");
            assertTrue(((Number) js("return window.scrollY")).intValue() > 0);
            js("location.hash = arguments[0]", "#/story/" + server.storyOf(other));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> js("return decodeURIComponent(location.hash)")
                    .equals(d.findElement(By.id("app")).getAttribute("data-ready")));
            assertTrue(((Number) js("return document.documentElement.scrollHeight - window.innerHeight")).intValue() > 0,
                    "the new dossier is taller than the screen, so a kept scroll position would show");
            assertEquals(0, ((Number) js("return window.scrollY")).intValue(), "the new dossier opens at its top");
            js("window.scrollTo(0, document.documentElement.scrollHeight)");
            follow(browser.findElement(By.cssSelector("header .brand")));
            assertEquals(0, ((Number) js("return window.scrollY")).intValue(), "the list opens at its top");
        } finally {
            clearViewport();
        }
    }

    @Test
    void leftToRightRunsAreIsolatedAndNoEnumNameIsShown() {
        // every constant the API can send has an Arabic label in the page
        Map<String, Enum<?>[]> enums = Map.of("event", EventType.values(), "stance", Stance.values(),
                "kind", Story.Contradiction.Kind.values(), "type", EntityType.values(), "count", Count.Kind.values());
        open("#/");
        for (var e : enums.entrySet()) {
            for (Enum<?> c : e.getValue()) {
                Object label = js("return window.isnadLabels[arguments[0]][arguments[1]] || null", e.getKey(), c.name());
                assertTrue(label instanceof String l && l.matches(".*[\\u0600-\\u06FF].*"), e.getKey() + " " + c + " -> " + label);
            }
        }
        assertEquals("اشتباك مسلح", js("return window.isnadLabels.event.ARMED_CLASH"));
        assertEquals("يؤكد", js("return window.isnadLabels.stance.ASSERTS"));
        assertEquals(List.of(), unisolatedLtrText(), "left-to-right runs on the list");

        String id = biggestStory();
        JsonNode dossier = server.get("/api/stories/" + id).json();
        open("#/story/" + id);
        assertEquals(List.of(), unisolatedLtrText(), "left-to-right runs in the dossier");
        String shown = (String) js("const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let s = '';"
                + " while (w.nextNode()) if (!w.currentNode.parentElement.closest('.raw, svg')) s += w.currentNode.textContent + ' ';"
                + " return s;");
        for (var e : enums.values()) {
            for (Enum<?> c : e) {
                assertTrue(!shown.matches("(?s).*(?<![A-Za-z_])" + c.name() + "(?![A-Za-z_]).*"), c + " shown in English");
            }
        }
        for (JsonNode ev : dossier.get("events")) {
            WebElement badge = browser.findElement(By.cssSelector(".event[data-event='" + ev.get("id").asText() + "'] .event-type"));
            assertEquals(js("return window.isnadLabels.event[arguments[0]]", ev.get("type").asText()), badge.getText().strip());
        }
        for (JsonNode c : dossier.get("claims")) {
            WebElement badge = browser.findElement(By.cssSelector(".claim[data-claim='" + c.get("id").asText() + "'] .stance"));
            assertEquals(js("return window.isnadLabels.stance[arguments[0]]", c.get("stance").asText()), badge.getText().strip());
        }
        // no internal id is shown: articles, entities, events and claims are named, not numbered
        String visible = browser.findElement(By.tagName("body")).getText();
        for (JsonNode a : dossier.get("articles")) {
            assertTrue(!visible.contains(a.get("id").asText()), "article id shown: " + a.get("id"));
        }
        for (JsonNode e : dossier.get("entities")) {
            assertTrue(!visible.contains(e.get("id").asText()), "entity id shown: " + e.get("id"));
        }
    }

    /** The four invented articles of {@link DeskArticles} (posted once; a repeat is a duplicate): the clash's and the fair's story. */
    static String[] deskStories() {
        return DeskArticles.postAll(server);
    }

    static void assertFits(int width, String what) {
        assertTrue(((Number) js("return document.documentElement.scrollWidth")).intValue() <= width,
                "no sideways scrolling on " + what + " at " + width + ": " + js("return document.documentElement.scrollWidth"));
    }

    @Test
    void anEventAppearsOnTheMapAtItsPlaceAndLeadsToItsWords() throws IOException {
        String clash = deskStories()[0];
        JsonNode events = server.get("/api/desk/events?story=" + clash + "&country=SY").json();
        assertTrue(events.get("total").asInt() > 0, events.toString());
        JsonNode event = events.get("events").get(0);
        Geocoder.Place homs = Geocoder.standard().find(DeskArticles.PLACE).orElseThrow();
        try {
            for (int width : new int[] {1400, 390}) {
                viewport(width, width < 900 ? 844 : 1800);
                open("#/events?story=" + clash);
                WebElement dot = browser.findElement(By.cssSelector("svg.map a.dot[data-event='" + event.get("id").asText() + "'] circle"));
                assertEquals(homs.lat(), Double.parseDouble(dot.getAttribute("data-lat")), 1e-9);
                assertEquals(homs.lon(), Double.parseDouble(dot.getAttribute("data-lon")), 1e-9);
                // drawn where the map's projection puts Homs, and inside Syria's Natural Earth boundary, not Lebanon's
                @SuppressWarnings("unchecked")
                List<Number> xy = (List<Number>) js("return window.isnadMap.project(arguments[0], arguments[1])", homs.lon(), homs.lat());
                assertEquals(xy.get(0).doubleValue(), Double.parseDouble(dot.getAttribute("cx")), 1e-6);
                assertEquals(xy.get(1).doubleValue(), Double.parseDouble(dot.getAttribute("cy")), 1e-6);
                String inFill = "const p = document.querySelector('svg.map path.country[data-cc=' + arguments[0] + ']'), c = arguments[1];"
                        + " const pt = p.ownerSVGElement.createSVGPoint(); pt.x = +c.getAttribute('cx'); pt.y = +c.getAttribute('cy');"
                        + " return p.isPointInFill(pt);";
                assertEquals(Boolean.TRUE, js(inFill, "SY", dot));
                assertEquals(Boolean.FALSE, js(inFill, "LB", dot));
                WebElement row = browser.findElement(By.cssSelector("#events-table tr.event[data-event='" + event.get("id").asText() + "']"));
                assertTrue(row.getText().contains(DeskArticles.PLACE) && row.getText().contains("سوريا"), row.getText());
                assertTrue(row.getText().contains("اشتباك مسلح"), row.getText());
                assertFits(width, "the events page");
                assertEquals(List.of(), tooSmallText(), "text sizes on the events page at " + width);
                assertEquals(List.of(), unisolatedLtrText(), "left-to-right runs on the events page");
                fullPage("map-" + width + ".png", width, width < 900 ? 844 : 1800);
            }
            clearViewport();
            open("#/events?story=" + clash);
            follow(browser.findElement(By.cssSelector("svg.map a.dot[data-event='" + event.get("id").asText() + "']")));
            assertSelected(clash, event.get("sources").get(0));
        } finally {
            clearViewport();
        }
    }

    @Test
    void anEntityPageListsEveryStoryOfItsReferent() throws IOException {
        String[] ids = deskStories();
        assertTrue(!ids[0].equals(ids[1]), "two stories");
        JsonNode dossier = server.get("/api/stories/" + ids[0]).json();
        String minister = null;
        for (JsonNode e : dossier.get("entities")) {
            if (e.get("name").asText().equals(DeskArticles.MINISTER)) {
                minister = e.get("id").asText();
            }
        }
        assertNotNull(minister, "the clash names the minister");
        try {
            for (int width : new int[] {1400, 390}) {
                viewport(width, width < 900 ? 844 : 1800);
                open("#/story/" + ids[0]);
                // his name in an article leads to his entry in the panel, and that to his page
                WebElement mention = browser.findElement(By.cssSelector("#articles .m[data-entity='" + minister + "']"));
                js("arguments[0].scrollIntoView({block: 'center'})", mention);
                mention.click();
                WebElement item = browser.findElement(By.cssSelector("#entities .entity[data-entity='" + minister + "']"));
                assertTrue(item.getAttribute("class").contains("active"), item.getAttribute("class"));
                follow(item.findElement(By.cssSelector("a.entity-page")));
                assertEquals(DeskArticles.MINISTER, browser.findElement(By.cssSelector("#entity-name bdi")).getText().strip());
                List<String> listed = new ArrayList<>();
                for (WebElement li : browser.findElements(By.cssSelector("#entity-stories li[data-story]"))) {
                    listed.add(li.getAttribute("data-story"));
                }
                assertTrue(listed.contains(ids[0]) && listed.contains(ids[1]), listed + " lists " + List.of(ids));
                assertTrue(browser.findElements(By.cssSelector("#entity-claims .claim")).size() >= 2);
                assertFits(width, "the entity page");
                assertEquals(List.of(), tooSmallText(), "text sizes on the entity page at " + width);
                fullPage("entity-" + width + ".png", width, width < 900 ? 844 : 1800);
            }
            // the story list at both widths with the desk's stories filtered to the minister
            for (int width : new int[] {1400, 390}) {
                viewport(width, width < 900 ? 844 : 1800);
                open("#/?entity=" + DeskArticles.MINISTER);
                List<String> rows = new ArrayList<>();
                browser.findElements(By.cssSelector("#stories li[data-story]")).forEach(li -> rows.add(li.getAttribute("data-story")));
                assertEquals(List.of(ids[1], ids[0]), rows, "the fair (later) first");
                assertFits(width, "the filtered list");
                fullPage("list-filtered-" + width + ".png", width, width < 900 ? 844 : 1800);
            }
        } finally {
            clearViewport();
        }
    }

    /**
     * Text nodes holding Latin letters or a number with a separator (2025-10-21, 3/4) that are not
     * inside a <bdi> (article text, kept exactly as written in its own dir=auto block, excepted).
     */
    @SuppressWarnings("unchecked")
    static List<String> unisolatedLtrText() {
        return (List<String>) js("const bad = [], w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + "while (w.nextNode()) {"
                + "  const n = w.currentNode;"
                + "  if (n.parentElement.closest('bdi, .raw, svg, script, style')) continue;"
                + "  if (/[A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]|\\d[-\\/:.]\\d/.test(n.textContent))"
                + "    bad.push(n.parentElement.tagName + ': ' + n.textContent);"
                + "}"
                + "return bad;");
    }

    static String textContent(WebElement e) {
        return (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].textContent", e);
    }
}
