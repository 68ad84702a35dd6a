package org.cstofigures.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cstofigures.config.PipelineConfig;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.pipeline.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser: Debian's chromium driven by chromedriver opens every page of a freshly generated
 * release from file:// and checks what a reader relies on. Runs in the browser profile ({@code mvn -Pbrowser test
 * -Daxe.path=…/axe.min.js}); fails, never skips, without chromium, chromedriver or axe-core. Screenshots at desktop
 * and phone widths and the measured render timings go to target/site-browser/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserCheck {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path ARTIFACTS = Path.of("target", "site-browser");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path output;
    private Path site;
    private String siteUrl;
    private ChromeDriver driver;
    private String axe;

    @BeforeAll
    void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            fail("the browser tests need " + CHROMIUM + " and " + DRIVER + ": apt-get install -y chromium"
                    + " chromium-driver (.ci/run does this)");
        }
        String axePath = System.getProperty("axe.path", "");
        if (axePath.isBlank() || !Files.isRegularFile(Path.of(axePath))) {
            fail("the accessibility check needs axe-core: npm install axe-core and pass"
                    + " -Daxe.path=…/node_modules/axe-core/axe.min.js (got '" + axePath + "')");
        }
        axe = Files.readString(Path.of(axePath));
        Files.createDirectories(ARTIFACTS);
        output = ARTIFACTS.resolve("output").toAbsolutePath();
        Path config = Path.of("pipeline.yaml");
        PipelineConfig c = new YamlFiles().read(config, "pipeline.yaml", PipelineConfig.class);
        assertFalse(new Pipeline(config).run(c, output).failed(), "the pipeline failed on the committed inputs");
        site = output.resolve("site");
        siteUrl = site.toUri().toString();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("site-chromium").toAbsolutePath(),
                "--window-size=1280,900");
        Map<String, Object> logging = new LinkedHashMap<>();
        logging.put(LogType.BROWSER, "ALL");
        logging.put(LogType.PERFORMANCE, "ALL");
        o.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Opens a page with empty logs before it, so that what the logs hold afterwards is this page's. */
    private void open(String url) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(url);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void everyPageLoadsWithoutConsoleErrorsOrRequestsOutsideTheSite() throws IOException {
        List<String> problems = new ArrayList<>();
        int requests = 0;
        for (Path p : pages()) {
            open(p.toUri().toString());
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    problems.add(p.getFileName() + ": console " + e.getLevel() + " " + e.getMessage());
                }
            }
            for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
                JsonNode msg = JSON.readTree(e.getMessage()).path("message");
                if (!"Network.requestWillBeSent".equals(msg.path("method").asText())) {
                    continue;
                }
                String url = msg.path("params").path("request").path("url").asText();
                requests++;
                if (!url.startsWith(siteUrl)) {
                    problems.add(p.getFileName() + ": request outside the site folder: " + url);
                }
            }
        }
        assertTrue(requests >= pages().size(), "the network log saw " + requests + " requests for " + pages().size()
                + " pages: the capture is not working, so the check would prove nothing");
        assertEquals(List.of(), problems);
    }

    @Test
    void noSeriousOrCriticalAccessibilityViolations() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path p : pages()) {
            open(p.toUri().toString());
            js(axe);
            Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "axe.run(document).then(function (r) { done(JSON.stringify(r.violations)); },"
                            + " function (e) { done('ERROR ' + e); });");
            String s = String.valueOf(result);
            if (s.startsWith("ERROR")) {
                fail(p.getFileName() + ": axe failed: " + s);
            }
            for (JsonNode v : JSON.readTree(s)) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    for (JsonNode n : v.path("nodes")) {
                        targets.add(n.path("target").toString());
                    }
                    problems.add(p.getFileName() + ": " + impact + " " + v.path("id").asText() + " — "
                            + v.path("help").asText() + " at " + targets.subList(0, Math.min(3, targets.size())));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private List<CSVRecord> csv(String table) throws IOException {
        try (Reader r = Files.newBufferedReader(output.resolve("csv").resolve(table + ".csv"),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void everyFigureIsInTheExplorerWithTheSameValue() throws IOException {
        open(site.resolve("figures.html").toUri().toString());
        List<CSVRecord> figures = csv("figures");
        assertFalse(figures.isEmpty());
        List<WebElement> bodies = driver.findElements(By.cssSelector("table.figs tbody.fig"));
        assertEquals(figures.size(), bodies.size(), "rows in the explorer");
        for (CSVRecord f : figures) {
            WebElement body = driver.findElement(By.id(f.get("figure_id")));
            WebElement data = body.findElement(By.cssSelector("tr.sum data"));
            assertEquals(f.get("value"), data.getAttribute("value"), f.get("figure_id") + " value");
            assertTrue(body.getText().contains(f.get("subject")), f.get("figure_id") + " subject");
        }
    }

    private long visibleRows() {
        return ((Number) js("return Array.prototype.filter.call(document.querySelectorAll('tbody.fig'),"
                + " function (b) { return !b.hidden && b.offsetParent !== null; }).length;")).longValue();
    }

    @Test
    void aFilterAndASearchNarrowTheRows() throws IOException {
        open(site.resolve("figures.html").toUri().toString());
        List<CSVRecord> figures = csv("figures");
        assertEquals(figures.size(), visibleRows());
        String category = figures.get(figures.size() / 2).get("category");
        long inCategory = figures.stream().filter(f -> f.get("category").equals(category)).count();
        new Select(driver.findElement(By.id("filter-category"))).selectByValue(category);
        assertEquals(inCategory, visibleRows(), "rows after filtering on category " + category);
        assertTrue(inCategory < figures.size());
        driver.findElement(By.id("reset")).click();
        // the page applies a reset after the form has cleared its fields (setTimeout 0): wait for it, not race it
        long all = figures.size();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleRows() == all);
        assertEquals(all, visibleRows(), "rows after clearing the filters");

        // a Korean word from one figure's subject: the rows whose subject, quote or mention sentences hold it
        CSVRecord probe = figures.stream().filter(f -> f.get("subject_ko").length() >= 2).findFirst().orElseThrow();
        String term = probe.get("subject_ko");
        Map<String, StringBuilder> text = new LinkedHashMap<>();
        for (CSVRecord f : figures) {
            StringBuilder b = new StringBuilder();
            for (String c : new String[] {"figure_id", "subject", "subject_ko", "operation", "category", "as_written",
                    "quote", "note", "unit"}) {
                b.append(f.get(c)).append(' ');
            }
            text.put(f.get("figure_id"), b);
        }
        for (CSVRecord m : csv("mentions")) {
            text.get(m.get("figure_id")).append(m.get("sentence")).append(' ');
        }
        long expected = text.values().stream()
                .filter(b -> b.toString().toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT))).count();
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys(term);
        assertEquals(expected, visibleRows(), "rows after searching '" + term + "'");
        assertTrue(expected >= 1 && expected < figures.size(), "the search should narrow, found " + expected);
        assertTrue(driver.findElement(By.id("count")).getText().startsWith(expected + " of "));
    }

    @Test
    void aPermalinkOpensItsRowAndItsSourceLinkLandsOnTheMarkedLine() throws IOException {
        List<CSVRecord> mentions = csv("mentions");
        CSVRecord m = mentions.get(mentions.size() / 2);
        String id = m.get("figure_id");
        open(site.resolve("figures.html").toUri() + "#" + id);
        WebElement detail = driver.findElement(By.id("d-" + id));
        assertTrue(detail.isDisplayed(), "the permalink #" + id + " opened its row");
        assertEquals("true", driver.findElement(By.cssSelector("[aria-controls='d-" + id + "']"))
                .getAttribute("aria-expanded"));
        assertEquals(1L, ((Number) js("return document.querySelectorAll('tr.det:not([hidden])').length;"))
                .longValue(), "only the linked row is open");
        List<String> quoted = detail.findElements(By.cssSelector("blockquote mark")).stream()
                .map(WebElement::getText).toList();
        assertTrue(quoted.contains(m.get("surface")), "the quote marks " + quoted + ", expected " + m.get("surface"));

        WebElement link = detail.findElements(By.cssSelector("a.srclink")).stream()
                .filter(a -> a.getAttribute("href").endsWith("#L" + m.get("line"))).findFirst().orElseThrow();
        link.click();
        assertTrue(driver.getCurrentUrl().endsWith("#L" + m.get("line")), driver.getCurrentUrl());
        assertEquals("L" + m.get("line"), js("return document.querySelector(':target').id;"));
        WebElement line = driver.findElement(By.id("L" + m.get("line")));
        List<String> marked = line.findElements(By.cssSelector("mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.contains(m.get("surface")), "line " + m.get("line") + " marks " + marked + ", expected "
                + m.get("surface"));
        assertTrue(((Number) js("var r = arguments[0].getBoundingClientRect(); return r.top;", line)).doubleValue()
                < 900, "the line is scrolled into view");
    }

    /** "How much did the operation seize, and what does the source say exactly?": a card, then the source link. */
    @Test
    void theOverviewReachesAFigureAndItsSentenceInTwoClicks() {
        open(site.resolve("index.html").toUri().toString());
        List<WebElement> cards = driver.findElements(By.cssSelector("ul.cards li.card a"));
        assertFalse(cards.isEmpty(), "the overview has no headline cards");
        WebElement card = cards.get(0);
        String href = card.getAttribute("href");
        String id = href.substring(href.indexOf('#') + 1);
        card.click();
        WebElement detail = driver.findElement(By.id("d-" + id));
        assertTrue(detail.isDisplayed(), "click 1: the card opened row " + id);
        assertFalse(detail.findElements(By.cssSelector("blockquote mark")).isEmpty(), "the quote marks the number");
        WebElement src = detail.findElement(By.cssSelector("a.srclink"));
        String line = src.getAttribute("href").substring(src.getAttribute("href").indexOf("#L") + 2);
        src.click();
        assertEquals("L" + line, js("return document.querySelector(':target').id;"), "click 2: the source line");
        assertFalse(driver.findElement(By.id("L" + line)).findElements(By.cssSelector("mark")).isEmpty());
    }

    @Test
    void everyChartRendersWithMarks() throws IOException {
        open(site.resolve("charts.html").toUri().toString());
        List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart"));
        try (Stream<Path> s = Files.list(site.resolve("charts"))) {
            assertEquals(s.count(), charts.size(), "one inline chart per standalone SVG");
        }
        assertTrue(charts.size() >= 1);
        for (WebElement c : charts) {
            long marks = ((Number) js("return Array.prototype.filter.call(arguments[0].querySelectorAll('.mark'),"
                    + " function (m) { var b = m.getBBox(); return b.width > 0 && b.height > 0; }).length;", c))
                    .longValue();
            assertTrue(marks > 0, "chart " + c.getAttribute("aria-labelledby") + " has no visible marks");
        }
        try (Stream<Path> s = Files.list(site.resolve("charts"))) {
            for (Path svg : s.sorted().toList()) {
                open(svg.toUri().toString());
                long marks = ((Number) js("return document.querySelectorAll('.mark').length;")).longValue();
                assertTrue(marks > 0, svg.getFileName() + " has no marks on its own");
            }
        }
    }

    /** One lane per row of members.csv, a visible span per change of its history, each opening its event row. */
    @Test
    void theMembershipTimelineHasALanePerMemberAndItsSpansOpenTheirEvents() throws IOException {
        List<CSVRecord> members = csv("members");
        assertFalse(members.isEmpty(), "members.csv is empty: the timeline check would prove nothing");
        String charts = site.resolve("charts.html").toUri().toString();
        open(charts);
        WebElement chart = driver.findElement(By.cssSelector("#membership svg.chart"));
        assertEquals(members.size(), chart.findElements(By.cssSelector("g.lane")).size(), "lanes");
        List<String> hrefs = new ArrayList<>();
        for (CSVRecord m : members) {
            WebElement lane = chart.findElement(By.cssSelector("g.lane[data-iso3='" + m.get("iso3") + "']"));
            assertTrue(lane.getText().contains(m.get("name")), m.get("iso3") + " is labelled " + lane.getText());
            List<String> events = new ArrayList<>();
            for (String entry : m.get("history").split(";")) {
                events.add(entry.substring(entry.lastIndexOf('(') + 1, entry.lastIndexOf(')')));
            }
            List<WebElement> spans = lane.findElements(By.cssSelector("a[href*='#e-']"));
            assertEquals(events.size(), spans.size(), m.get("iso3") + ": one span per change of " + m.get("history"));
            for (int i = 0; i < spans.size(); i++) {
                String href = spans.get(i).getDomAttribute("href");
                assertTrue(href.endsWith("#" + events.get(i)), m.get("iso3") + " span " + i + " links " + href);
                long visible = ((Number) js("return Array.prototype.filter.call(arguments[0].querySelectorAll("
                        + "'.mark'), function (r) { var b = r.getBBox(); return b.width > 0 && b.height > 0; })"
                        + ".length;", spans.get(i))).longValue();
                assertTrue(visible > 0, m.get("iso3") + " span " + i + " has no visible mark");
                hrefs.add(href);
            }
        }
        String href = hrefs.get(hrefs.size() / 2);
        open(charts.substring(0, charts.lastIndexOf('/') + 1) + href);
        assertEquals(href.substring(href.indexOf('#') + 1), js("return document.querySelector(':target').id;"),
                "a span lands on its event's row");
        open(site.resolve("index.html").toUri().toString());
        String who = driver.findElement(By.id("who")).getText();
        long current = members.stream().filter(m -> m.get("status").equals("member")).count();
        assertTrue(who.contains(" " + current + " member states: "), who);
        for (CSVRecord m : members) {
            assertTrue(who.contains(m.get("name")), "the overview's answer names " + m.get("name") + ": " + who);
        }
    }

    @Test
    void screenshotsAndRenderTimings() throws IOException {
        StringBuilder timings = new StringBuilder("page\twidth\tdomContentLoaded_ms\tload_ms\tfirstContentfulPaint_ms\n");
        List<String> slow = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
            for (Path p : pages()) {
                open(p.toUri().toString());
                Map<?, ?> t = (Map<?, ?>) js("var n = performance.getEntriesByType('navigation')[0];"
                        + " var f = performance.getEntriesByName('first-contentful-paint')[0];"
                        + " return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, fcp: f ? f.startTime : -1};");
                double load = ((Number) t.get("load")).doubleValue();
                timings.append(p.getFileName()).append('\t').append(width).append('\t')
                        .append(Math.round(((Number) t.get("dcl")).doubleValue())).append('\t')
                        .append(Math.round(load)).append('\t')
                        .append(Math.round(((Number) t.get("fcp")).doubleValue())).append('\n');
                if (load > 1000) {
                    slow.add(p.getFileName() + " at " + width + "px loaded in " + Math.round(load) + " ms");
                }
                long scrollW = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
                if (width == 390 && scrollW > 390 + 1) {
                    slow.add(p.getFileName() + " is " + scrollW + " px wide on a 390 px phone screen");
                }
                String name = p.getFileName().toString().replace(".html", "") + "-" + (width == 390 ? "phone"
                        : "desktop") + ".png";
                Files.write(ARTIFACTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
        Files.writeString(ARTIFACTS.resolve("timings.tsv"), timings);
        System.err.print(timings);
        assertNotNull(timings);
        assertEquals(List.of(), slow);
    }
}
