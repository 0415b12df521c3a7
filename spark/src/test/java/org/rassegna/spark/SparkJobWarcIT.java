package org.rassegna.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Article;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.pipeline.PipelineConfig;
import org.rassegna.pipeline.Pipelines;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;

/**
 * A WARC.gz of HTML pages made from the project's fixtures (ingest's three article pages, one of
 * them in Windows-1252, and the five seeds as pages with their date in the page's metadata), one
 * gzip member per record, through the Spark job end to end: every page read, clustered and briefed
 * as the single-machine pipeline does with the same file.
 */
class SparkJobWarcIT {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));

  @TempDir Path tmp;

  @Test
  void aWarcGzOfHtmlPagesRunsThroughTheJob() throws Exception {
    Path warc = tmp.resolve("in/pages.warc.gz");
    int pages = writeWarc(warc);
    List<Article> read = Ingest.read(List.of(warc), IngestLimits.DEFAULT, a -> {}).articles();
    assertThat(read).hasSize(pages);

    Path out = tmp.resolve("out");
    SparkJob.Result spark = LocalSpark.runLucene(warc, out);
    assertThat(spark.articles()).isEqualTo(pages);
    assertThat(spark.skipped()).isEmpty();
    assertThat(spark.clustering().stories()).anyMatch(s -> s.articleIds().size() > 1);
    assertThat(LocalSpark.lines(out, "briefs")).hasSize(spark.clustering().stories().size());
    assertThat(String.join("\n", LocalSpark.lines(out, "briefs"))).contains("Putin");
    try (Store store = Stores.inMemory()) {
      Pipeline p =
          Pipelines.withAnnotator(PipelineConfig.DEFAULT, store, JobAnnotator.LUCENE.get());
      p.add(read);
      assertThat(spark.clustering()).isEqualTo(p.clustering());
      assertThat(spark.groups()).isEqualTo(p.deduplication().groups());
    }
  }

  /** Writes the pages as HTTP responses into a gzipped WARC; returns how many. */
  private static int writeWarc(Path file) throws Exception {
    List<byte[]> bodies = new ArrayList<>();
    List<String> types = new ArrayList<>();
    Path html = ROOT.resolve("ingest/src/test/resources/org/rassegna/ingest/html");
    for (String name :
        List.of(
            "telefonata-trump-putin.html",
            "cronaca-solo-byline.html",
            "inflazione-windows-1252.html")) {
      bodies.add(Files.readAllBytes(html.resolve(name)));
      types.add(name.contains("1252") ? "text/html" : "text/html; charset=utf-8");
    }
    try (var seeds = Files.list(ROOT.resolve("examples/seeds"))) {
      for (Path seed : seeds.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        bodies.add(page(Files.readAllLines(seed, StandardCharsets.UTF_8)));
        types.add("text/html; charset=utf-8");
      }
    }
    Files.createDirectories(file.getParent());
    try (FileChannel ch =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      for (int i = 0; i < bodies.size(); i++) {
        byte[] head =
            ("HTTP/1.1 200 OK\r\nContent-Type: " + types.get(i) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + bodies.get(i).length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(bodies.get(i), 0, http, head.length, bodies.get(i).length);
        w.write(
            new WarcResponse.Builder(URI.create("https://notizie.example/pagina/" + i))
                .date(Instant.parse("2025-03-20T00:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http)
                .build());
      }
    }
    return bodies.size();
  }

  /** A seed as an article page: its date line as {@code article:published_time}, one p a line. */
  private static byte[] page(List<String> lines) {
    StringBuilder b =
        new StringBuilder("<!doctype html><html lang=\"it\"><head><meta charset=\"utf-8\">");
    List<String> text = new ArrayList<>(lines);
    if (!text.isEmpty() && text.get(0).startsWith("date: ")) {
      b.append("<meta property=\"article:published_time\" content=\"")
          .append(text.remove(0).substring(6))
          .append("\">");
    }
    b.append("<title>").append(escape(text.get(0))).append("</title></head><body><article>");
    b.append("<h1>").append(escape(text.get(0))).append("</h1>");
    for (String line : text.subList(1, text.size())) {
      if (!line.isBlank()) {
        b.append("<p>").append(escape(line)).append("</p>");
      }
    }
    return b.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
