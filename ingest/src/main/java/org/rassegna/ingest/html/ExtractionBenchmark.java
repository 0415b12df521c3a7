package org.rassegna.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@link ArticleBodyExtractor} and {@link PageMetadata} over a set of pages in the layout of
 * the article-extraction benchmark (also WCXB's and L3S-GN1's copies in {@code html-dev}): {@code
 * ground-truth.json} maps each page id to its {@code articleBody} (and {@code url}; WCXB adds
 * {@code title}, {@code author}, {@code published}), and the page is {@code html/<id>.html.gz}.
 * Scored with {@link ExtractionMetric}.
 */
public final class ExtractionBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ExtractionBenchmark() {}

  /**
   * Which pages to score. A third of the pages (by a hash of the id) is held out: rules are written
   * by looking at the development pages only, and the held-out figure says whether they carry over.
   */
  public enum Split {
    ALL,
    DEV,
    HELD_OUT;

    boolean admits(String id) {
      boolean held = Math.floorMod(id.hashCode(), 3) == 0;
      return this == ALL || (this == HELD_OUT) == held;
    }
  }

  /** The gold metadata of a page, when the set gives it. */
  public record Gold(@Nullable String title, @Nullable String author, @Nullable String published) {}

  /** One page's outcome. */
  public record Page(
      String id,
      ExtractionMetric.PageScore score,
      double wordF1,
      Gold gold,
      PageMetadata metadata) {}

  /** How often a metadata field matches the gold, over the pages whose gold has the field. */
  public record FieldAccuracy(int pages, int correct) {
    public double accuracy() {
      return pages == 0 ? 0 : (double) correct / pages;
    }
  }

  /** Scores every page of the set in {@code dataDir}. */
  public static List<Page> run(Path dataDir) throws IOException {
    return run(dataDir, Split.ALL);
  }

  /**
   * Scores the pages of {@code split} of the set in {@code dataDir}, in the ground truth's order.
   * The pages are independent and the extractor keeps no state, so they are scored on all cores.
   */
  public static List<Page> run(Path dataDir, Split split) throws IOException {
    JsonNode truth = JSON.readTree(dataDir.resolve("ground-truth.json").toFile());
    ArticleBodyExtractor extractor = new ArticleBodyExtractor();
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    try {
      return ids.parallelStream()
          .filter(split::admits)
          .map(id -> score(dataDir, id, truth.get(id), extractor))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Page score(
      Path dataDir, String id, JsonNode item, ArticleBodyExtractor extractor) {
    Document doc;
    try {
      doc = Jsoup.parse(page(dataDir, id), item.path("url").asText(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String predicted = extractor.extract(doc);
    String gold = item.path("articleBody").asText("");
    return new Page(
        id,
        ExtractionMetric.score(gold, predicted),
        ExtractionMetric.wordF1(gold, predicted),
        new Gold(text(item, "title"), text(item, "author"), text(item, "published")),
        PageMetadata.of(doc));
  }

  /** The decoded HTML of page {@code id}. */
  public static String page(Path dataDir, String id) throws IOException {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(dataDir.resolve("html/" + id + ".html.gz")))) {
      return PageDecoder.decode(in.readAllBytes(), null).text();
    }
  }

  public static ExtractionMetric.Summary summarise(List<Page> pages) {
    return ExtractionMetric.summarise(pages.stream().map(Page::score).toList());
  }

  /** WCXB's figure: the mean over pages of the word F1. */
  public static double meanWordF1(List<Page> pages) {
    return pages.stream().mapToDouble(Page::wordF1).average().orElse(0);
  }

  /** Titles match when their lower-cased words do. */
  public static FieldAccuracy titleAccuracy(List<Page> pages) {
    return accuracy(pages, Gold::title, m -> m.title(), (g, p) -> words(g).equals(words(p)));
  }

  /**
   * Authors match when their lower-cased words do, or when the gold's words open ours (a byline
   * with a second name or a role after the first).
   */
  public static FieldAccuracy authorAccuracy(List<Page> pages) {
    return accuracy(
        pages,
        Gold::author,
        m -> m.author(),
        (g, p) -> (words(p) + " ").startsWith(words(g) + " "));
  }

  /** Dates match on the day. */
  public static FieldAccuracy publishedAccuracy(List<Page> pages) {
    return accuracy(
        pages,
        Gold::published,
        m -> m.published() == null ? null : m.published().iso(),
        (g, p) -> p.length() >= 10 && g.length() >= 10 && p.startsWith(g.substring(0, 10)));
  }

  private interface Match {
    boolean test(String gold, String predicted);
  }

  private static FieldAccuracy accuracy(
      List<Page> pages,
      Function<Gold, @Nullable String> gold,
      Function<PageMetadata, @Nullable String> predicted,
      Match match) {
    int n = 0;
    int correct = 0;
    for (Page p : pages) {
      String g = gold.apply(p.gold());
      if (g == null) {
        continue;
      }
      n++;
      String mine = predicted.apply(p.metadata());
      if (mine != null && match.test(g, mine)) {
        correct++;
      }
    }
    return new FieldAccuracy(n, correct);
  }

  private static String words(String s) {
    return String.join(
        " ", WORD.matcher(s.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList());
  }

  private static @Nullable String text(JsonNode item, String field) {
    JsonNode v = item.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
  }
}
