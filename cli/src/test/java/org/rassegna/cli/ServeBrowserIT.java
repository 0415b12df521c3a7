package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * {@code rassegna serve} in a real headless Chromium, over a store filled by {@code rassegna add}
 * with the seeds and one hostile article: the stories, a citation opening its highlighted sentence,
 * search, an entity's statements; no console errors and no request leaving the server.
 */
class ServeBrowserIT {

  private static final String HOSTILE =
      "Il sindaco di Roccalta ha detto <script>window.pwned = 1</script> e poi"
          + " \"><img src=x onerror=\"window.pwned = 2\"> che tutto va bene.\n";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static ChromeDriver browser;
  private static ServeCommand serve;
  private static Thread server;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    browser = Chromium.start(dir.resolve("profile"));
    Path db = dir.resolve("rassegna.db");
    Path seeds = Path.of(System.getProperty("rassegna.root", "..")).resolve("examples/seeds");
    Path hostile = Files.createDirectories(dir.resolve("hostile")).resolve("ostile.txt");
    Files.writeString(hostile, HOSTILE, StandardCharsets.UTF_8);
    assertThat(Main.run("add", seeds.toString(), "--db", db.toString(), "--no-progress")).isZero();
    assertThat(Main.run("add", hostile.toString(), "--db", db.toString(), "--no-progress"))
        .isZero();

    serve = new ServeCommand();
    CommandLine cli = new CommandLine(serve);
    cli.setOut(new PrintWriter(new StringWriter(), true));
    server = new Thread(() -> cli.execute("--db", db.toString(), "--port", "0"));
    server.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (serve.listening == 0 && server.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(serve.listening).as("server started").isPositive();
    base = "http://127.0.0.1:" + serve.listening;
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (serve != null) {
      serve.stop.countDown();
      server.join(10_000);
    }
  }

  /** After every page: nothing logged as a warning or error, nothing fetched from elsewhere. */
  @AfterEach
  void cleanPage() {
    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .toList();
    assertThat(errors).isEmpty();
    @SuppressWarnings("unchecked")
    List<String> resources =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(resources).allMatch(u -> u.startsWith(base + "/"));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned")).isNull();
  }

  private static JsonNode api(String path) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(base + path)).build(), BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The story of the February call: the one whose timeline has 12 February and not 18 March. */
  private static String februaryStory() throws Exception {
    for (JsonNode item : api("/api/stories?limit=100").path("stories")) {
      List<String> days = new ArrayList<>();
      api("/api/stories/" + item.path("id").asText())
          .path("timeline")
          .forEach(t -> days.add(t.path("day").asText()));
      if (days.contains("2025-02-12") && !days.contains("2025-03-18")) {
        return item.path("id").asText();
      }
    }
    throw new AssertionError("no February story");
  }

  @Test
  void theStoriesPageListsBothSeedStories() throws Exception {
    browser.get(base + "/");
    List<String> hrefs =
        browser.findElements(By.cssSelector("li.story-item a.headline")).stream()
            .map(a -> URI.create(a.getAttribute("href")).getPath())
            .toList();
    // the two seed events, and the hostile article's own story
    assertThat(hrefs).hasSizeGreaterThanOrEqualTo(2).contains("/stories/" + februaryStory());
    List<String> seedStories = new ArrayList<>();
    for (JsonNode item : api("/api/stories?limit=100").path("stories")) {
      if (item.path("articles").asInt() > 1 || item.path("sources").asInt() > 1) {
        seedStories.add("/stories/" + item.path("id").asText());
      }
    }
    assertThat(hrefs).containsAll(seedStories);
    assertThat(browser.findElements(By.cssSelector("li.story-item .bar"))).isNotEmpty();
  }

  @Test
  void aCitationOpensItsSentenceHighlightedInTheArticle() throws Exception {
    browser.get(base + "/stories/" + februaryStory());
    WebElement cite = browser.findElement(By.cssSelector("ul.summary a.cite"));
    cite.click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(b -> b.getCurrentUrl().contains("/articles/"));
    URI at = URI.create(browser.getCurrentUrl());
    WebElement mark = browser.findElement(By.id(at.getFragment()));
    assertThat(mark.getTagName()).isEqualTo("mark");
    // :target colours the cited span apart from the other cited spans
    assertThat(mark.getCssValue("background-color")).isEqualTo("rgba(255, 179, 71, 1)");
    String[] bounds = at.getFragment().substring("span-".length()).split("-");
    String articleId = at.getPath().substring("/articles/".length());
    String text = api("/api/articles/" + articleId).path("text").asText();
    String cited = text.substring(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
    assertThat(mark.getText().replaceAll("\\s+", " "))
        .isEqualTo(cited.replaceAll("\\s+", " ").strip());
  }

  @Test
  void searchingPeskovFindsTheStoryAndHisStatements() throws Exception {
    browser.get(base + "/");
    WebElement box = browser.findElement(By.cssSelector("nav input[name=q]"));
    box.sendKeys("Peskov");
    box.submit();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(b -> b.getCurrentUrl().contains("/search"));
    List<String> found =
        browser.findElements(By.cssSelector("ul.results > li > a.headline")).stream()
            .map(a -> URI.create(a.getAttribute("href")).getPath())
            .toList();
    assertThat(found).contains("/stories/" + februaryStory());
    WebElement peskov =
        browser.findElements(By.cssSelector("ul.entities a")).stream()
            .filter(a -> a.getText().contains("Peskov"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("Peskov not among the entities found"));
    peskov.click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(b -> b.getCurrentUrl().contains("/entities/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Peskov");
    assertThat(browser.findElements(By.cssSelector("ul.statements li"))).isNotEmpty();
  }

  @Test
  void hostileTextIsShownAsText() throws Exception {
    String id = null;
    for (JsonNode item : api("/api/search?q=Roccalta").path("stories")) {
      id = item.path("articles").get(0).path("articleId").asText();
    }
    assertThat(id).isNotNull();
    browser.get(base + "/articles/" + id);
    assertThat(browser.findElement(By.cssSelector(".article-text")).getText())
        .contains("<script>window.pwned = 1</script>")
        .contains("<img src=x onerror=");
    assertThat(browser.findElements(By.cssSelector("img"))).isEmpty();
  }
}
