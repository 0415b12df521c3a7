package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import picocli.CommandLine;

/**
 * Opens the brief's HTML page in a real headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}, which {@code .ci/run} installs): it must load with no console errors and no
 * network request, its timeline and source-agreement chart must render at their size, it must fit a
 * phone's width, and article text written to be hostile must show as text, never run.
 */
class BriefHtmlIT {

  private static final String HOSTILE =
      "Il sindaco ha detto <script>window.pwned = 1</script> e poi"
          + " \"><img src=x onerror=\"window.pwned = 2\"> che tutto va bene.\n";

  private static ChromeDriver browser;

  @TempDir static Path dir;

  @BeforeAll
  static void startBrowser() {
    browser = Chromium.start(dir.resolve("profile"));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private Path brief(Path input) throws Exception {
    Path out = dir.resolve("out-" + input.getFileName());
    CommandLine cli = new CommandLine(new Main());
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cli.execute("brief", input.toString(), "-o", out.toString(), "--no-progress"))
        .isZero();
    return out.resolve("brief.html");
  }

  @Test
  void theSeedsBriefLoadsWithNoErrorAndNoNetworkRequest() throws Exception {
    Path html = brief(Path.of(System.getProperty("rassegna.root", "..")).resolve("examples/seeds"));
    browser.manage().logs().get(LogType.BROWSER); // drains what earlier pages logged
    browser.get(html.toUri().toString());
    var json = new ObjectMapper().readTree(html.resolveSibling("brief.json").toFile());
    int stories = json.get("stories").size();
    assertThat(stories).isPositive();
    assertThat(browser.findElements(By.cssSelector("section.story h2"))).hasSize(stories);
    int storylines = 0;
    for (var line : json.get("storylines")) {
      storylines += line.get("storyIds").size() > 1 ? 1 : 0;
    }
    assertThat(browser.findElements(By.cssSelector("section.storyline h2"))).hasSize(storylines);
    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .toList();
    assertThat(errors).isEmpty();
    Object resources =
        ((JavascriptExecutor) browser)
            .executeScript("return performance.getEntriesByType('resource').length");
    assertThat(resources).isEqualTo(0L);
  }

  /** The rendered size of an SVG follows its viewBox at the page's width, and it is not blank. */
  private static void assertDrawn(WebElement svg) throws Exception {
    String[] box =
        ((String)
                ((JavascriptExecutor) browser)
                    .executeScript("return arguments[0].getAttribute('viewBox')", svg))
            .split(" ");
    double ratio = Double.parseDouble(box[3]) / Double.parseDouble(box[2]);
    Rectangle rect = svg.getRect();
    int page = browser.findElement(By.tagName("section")).getRect().getWidth();
    assertThat(rect.getWidth()).isBetween(page - 2, page + 2);
    assertThat((double) rect.getHeight()).isCloseTo(rect.getWidth() * ratio, within(2.0));
    BufferedImage shot =
        ImageIO.read(new ByteArrayInputStream(svg.getScreenshotAs(OutputType.BYTES)));
    int inked = 0;
    for (int y = 0; y < shot.getHeight(); y++) {
      for (int x = 0; x < shot.getWidth(); x++) {
        int rgb = shot.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 600) {
          inked++;
        }
      }
    }
    assertThat(inked).isGreaterThan(shot.getWidth() * shot.getHeight() / 200);
  }

  @Test
  void theTimelineAndTheAgreementChartRenderAndThePageFitsAPhone() throws Exception {
    Path html = brief(Path.of(System.getProperty("rassegna.root", "..")).resolve("examples/seeds"));
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(html.toUri().toString());
    List<WebElement> timelines =
        browser.findElements(By.cssSelector("section.storyline svg.timeline-chart"));
    assertThat(timelines).hasSize(1);
    assertThat(timelines.get(0).findElements(By.tagName("circle")))
        .hasSize(3); // 11, 12 Feb, 18 Mar
    assertDrawn(timelines.get(0));
    List<WebElement> charts = browser.findElements(By.cssSelector("svg.agreement-chart"));
    assertThat(charts).hasSize(2);
    for (WebElement chart : charts) {
      assertThat(chart.findElements(By.tagName("rect"))).isNotEmpty();
      assertDrawn(chart);
    }
    Object overflow =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
  }

  @Test
  void hostileArticleTextShowsAsTextAndNeverRuns() throws Exception {
    Path input = dir.resolve("hostile");
    Files.createDirectories(input);
    Files.writeString(input.resolve("a.txt"), HOSTILE);
    browser.get(brief(input).toUri().toString());
    JavascriptExecutor js = browser;
    assertThat(js.executeScript("return typeof window.pwned")).isEqualTo("undefined");
    assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("<script>window.pwned = 1</script>")
        .contains("onerror=\"window.pwned = 2\"");
  }
}
