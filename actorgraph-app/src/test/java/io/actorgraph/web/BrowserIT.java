package io.actorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The graph view and Neo4j Browser in a real browser: Debian's chromium, headless, driven by
 * Selenium through Debian's chromedriver, with every host but this machine unresolvable.
 * Screenshots go to actorgraph-app/target/screenshots/. Skipped, with the reason, where chromium is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("actorgraph-app/target/screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "browser-it-secret-0123";

    private TestServer server;
    private ChromeDriver browser;
    private Path profile;

    @BeforeAll
    void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser checks skipped: Debian's chromium and chromium-driver are not installed"
                        + " (apt-get install -y chromium chromium-driver)");
        // as serve runs by default: Bolt asks for the password
        server = TestServer.start(bolt -> ServeSettings.local(0, bolt, "test").withBind("127.0.0.1", true), PASSWORD, null,
                "baku-summit.statements.json");
        profile = Files.createTempDirectory("actorgraph-chromium");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile,
                // nothing but this machine resolves: a call to an outside host fails instead of leaving
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @SuppressWarnings("unchecked")
    private List<String> drawnNames() {
        return (List<String>) js("return window.actorgraph.cy.nodes().filter(n => n.visible()).map(n => n.data('name'))");
    }

    @Test
    @Order(1)
    void theGraphViewLoadsTheSeed() throws IOException {
        browser.get(server.url("/"));
        waiting(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(browser.findElement(By.id("status")).getText()).contains("actors");
        assertThat(drawnNames()).isNotEmpty();
        screenshot("graph-view-start");
    }

    @Test
    @Order(2)
    void searchingSocarDrawsItsNeighbours() throws IOException {
        browser.get(server.url("/"));
        waiting(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("depth"))).selectByValue("2");
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("SOCAR");
        waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li")));
        assertThat(browser.findElement(By.cssSelector("#suggestions li")).getText()).contains("SOCAR");
        search.sendKeys(Keys.ENTER);
        waiting(20).until(d -> d.findElement(By.id("status")).getText().startsWith("SOCAR:"));
        // depth 2: SOCAR's partners and theirs (Syria's attacker, Azerbaijan's president...)
        assertThat(drawnNames()).contains("SOCAR", "Syria", "Mohammed al-Bashir", "Mikayil Jabbarov", "Israel", "Azerbaijan");
        assertThat(browser.getCurrentUrl()).contains("#actor=org%3Asocar&depth=2");
        screenshot("graph-view-socar");
    }

    @Test
    @Order(3)
    void clickingTheSignedEdgeShowsItsEvidence() throws IOException {
        // the edge SOCAR SIGNED Syria, clicked where it is drawn, as a person would
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js("""
                const e = window.actorgraph.cy.edges().filter(e => e.data('relation') === 'SIGNED'
                    && e.source().data('name') === 'SOCAR' && e.target().data('name') === 'Syria')[0];
                const p = e.renderedMidpoint();
                const box = document.getElementById('graph').getBoundingClientRect();
                return {x: p.x, y: p.y, w: box.width, h: box.height};""");
        WebElement graph = browser.findElement(By.id("graph"));
        int dx = (int) Math.round(at.get("x").doubleValue() - at.get("w").doubleValue() / 2);
        int dy = (int) Math.round(at.get("y").doubleValue() - at.get("h").doubleValue() / 2);
        new Actions(browser).moveToElement(graph, dx, dy).click().perform();
        waiting(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"),
                "and the Syrian government signed a memorandum of understanding"));
        String panel = browser.findElement(By.id("details")).getText();
        assertThat(panel).contains("SOCAR SIGNED Syria").contains("article baku-summit").contains("2025-07-12");
        screenshot("graph-view");
    }

    @Test
    @Order(4)
    void filtersNegatedFactsAndExport() {
        browser.get("about:blank");
        browser.get(server.url("/#actor=Ahmad%20al-Sharaa&depth=1"));
        waiting(30).until(d -> d.findElement(By.id("status")).getText().startsWith("Ahmad al-Sharaa:"));
        assertThat(((Number) js("return window.actorgraph.cy.edges('.negated').length")).intValue()).isZero();
        browser.findElement(By.id("negated")).click();
        waiting(20).until(d -> ((Number) js("return window.actorgraph.cy.edges('.negated').length")).intValue() == 1);
        // relation filter: MET_WITH unticked hides every MET_WITH edge
        browser.findElement(By.cssSelector("#relations-menu summary")).click();
        WebElement metWith = browser.findElement(By.cssSelector("#relations input[value='MET_WITH']"));
        metWith.click();
        assertThat(metWith.isSelected()).isFalse();
        assertThat(((Number) js("return window.actorgraph.cy.edges().filter(e => e.visible() && e.data('relation') === 'MET_WITH').length"))
                .intValue()).isZero();
        String png = (String) js("return window.actorgraph.cy.png({full: true})");
        assertThat(png).startsWith("data:image/png;base64,");
    }

    @Test
    @Order(5)
    void neo4jBrowserOpensConnectedAndRunsAQueryFile() throws IOException {
        // the address serve prints: the password rides in the fragment
        browser.get(Links.browserLogin("http://127.0.0.1:" + server.port(), PASSWORD));
        try {
            // connected by itself, without a form filled in: the query below runs over Bolt as neo4j;
            // the password left the address bar, and the Browser keeps no copy of it
            waiting(90).until(d -> d.getCurrentUrl().contains("/browser/?"));
            assertThat(browser.getCurrentUrl()).doesNotContain(PASSWORD);
            // the guide of cypher/queries is open; go to the slide of who-signed-with.cypher
            WebElement drawer = waiting(30).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid='guidesDrawer']")));
            for (int i = 0; i < 20 && !drawer.getText().contains("cypher/queries/who-signed-with.cypher"); i++) {
                drawer.findElement(By.cssSelector("[data-testid='guideNextSlide']")).click();
            }
            assertThat(drawer.getText()).contains("cypher/queries/who-signed-with.cypher");
            List<WebElement> blocks = drawer.findElements(By.cssSelector("pre.runnable"));
            assertThat(blocks).hasSize(2);
            // the guide's example names another actor: put the seed's in its place, then run the query file
            run(blocks.get(0), ":param actor =>", ":param actor => 'socar'");
            run(blocks.get(1), "MATCH (x)-[r:SIGNED]-(y:Actor)", null);
            waiting(30).until(d -> d.findElement(By.cssSelector("[data-testid='stream']")).getText()
                    .contains("Mohammed al-Bashir"));
            assertThat(browser.findElements(By.cssSelector("[data-testid='disconnectedBanner']"))).isEmpty();
            waiting(10).until(d -> !String.valueOf(js("return window.localStorage.getItem('neo4j.connections')"))
                    .contains(PASSWORD));
        } finally {
            screenshot("neo4j-browser");
        }
    }

    @Test
    @Order(6)
    void withoutThePrintedAddressNeo4jBrowserAsksForThePassword() throws IOException {
        browser.get(server.url("/"));
        js("window.localStorage.clear()");
        browser.get(server.url("/neo4j-browser"));
        try {
            WebElement password = waiting(90).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid='password']")));
            assertThat(password.getDomProperty("value")).isEmpty();
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Connected to Neo4j");
        } finally {
            screenshot("neo4j-browser-login");
        }
    }

    /**
     * Clicks a runnable block of the guide, checks that it filled the editor, optionally types
     * something else in its place, and runs the editor.
     */
    private void run(WebElement block, String expected, String typed) {
        block.click();
        WebElement editor = browser.findElement(By.cssSelector("[data-testid='activeEditor']"));
        waiting(10).until(d -> editor.getText().replace('\u00a0', ' ').contains(expected));
        if (typed != null) {
            editor.click();
            // the editor closes quotes by itself: type up to the last character, then add it only if missing
            new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                    .sendKeys(typed.substring(0, typed.length() - 1)).perform();
            if (!editor.getText().replace('\u00a0', ' ').contains(typed)) {
                new Actions(browser).sendKeys(typed.substring(typed.length() - 1)).perform();
            }
            waiting(10).until(d -> {
                String text = editor.getText().replace('\u00a0', ' ');
                return text.contains(typed) && !text.contains(typed + typed.charAt(typed.length() - 1));
            });
        }
        int frames = browser.findElements(By.cssSelector("[data-testid='frame']")).size();
        browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
        waiting(30).until(d -> d.findElements(By.cssSelector("[data-testid='frame']")).size() > frames);
    }

    @Test
    @Order(99)
    void noRequestLeftThisMachine() {
        List<String> outside = new ArrayList<>();
        Map<String, String> urls = new HashMap<>();
        Set<String> blockedByPolicy = new java.util.HashSet<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asString("");
            JsonNode params = message.path("params");
            switch (method) {
                case "Network.requestWillBeSent" -> urls.put(params.path("requestId").asString(),
                        params.path("request").path("url").asString());
                case "Network.webSocketCreated" -> urls.put(params.path("requestId").asString(), params.path("url").asString());
                case "Network.loadingFailed" -> {
                    if ("csp".equals(params.path("blockedReason").asString(""))) {
                        blockedByPolicy.add(params.path("requestId").asString());
                    }
                }
                default -> { }
            }
        }
        urls.forEach((id, url) -> {
            String host = url.replaceFirst("^[a-z]+://", "").replaceFirst("[:/?#].*$", "");
            boolean local = url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("chrome:")
                    || url.startsWith("devtools:") || host.equals("127.0.0.1")
                    || host.equals("localhost");
            if (!local && !blockedByPolicy.contains(id)) {
                outside.add(url);
            }
        });
        assertThat(urls).isNotEmpty();
        assertThat(outside).as("requests to outside hosts that the page's policy did not stop").isEmpty();
    }
}
