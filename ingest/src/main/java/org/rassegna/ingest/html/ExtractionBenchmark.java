package org.rassegna.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Runs {@link ArticleBodyExtractor} over the article-extraction benchmark: {@code
 * ground-truth.json} maps each page id to its {@code articleBody} (and {@code url}), and the page
 * is {@code html/<id>.html.gz}. Scored with {@link ExtractionMetric}.
 */
public final class ExtractionBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionBenchmark() {}

  /** One page's outcome. */
  public record Page(String id, ExtractionMetric.PageScore score) {}

  /** Scores every page of the benchmark in {@code dataDir}. */
  public static List<Page> run(Path dataDir) throws IOException {
    JsonNode truth = JSON.readTree(dataDir.resolve("ground-truth.json").toFile());
    ArticleBodyExtractor extractor = new ArticleBodyExtractor();
    List<Page> pages = new ArrayList<>();
    for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      JsonNode item = truth.get(id);
      byte[] bytes;
      try (InputStream in =
          new GZIPInputStream(Files.newInputStream(dataDir.resolve("html/" + id + ".html.gz")))) {
        bytes = in.readAllBytes();
      }
      String html = PageDecoder.decode(bytes, null).text();
      String predicted = extractor.extract(Jsoup.parse(html, item.path("url").asText("")));
      pages.add(
          new Page(id, ExtractionMetric.score(item.path("articleBody").asText(""), predicted)));
    }
    return pages;
  }

  public static ExtractionMetric.Summary summarise(List<Page> pages) {
    return ExtractionMetric.summarise(pages.stream().map(Page::score).toList());
  }
}
