package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rassegna.ingest.html.ExtractionBenchmark;
import org.rassegna.ingest.html.ExtractionBenchmark.FieldAccuracy;
import org.rassegna.ingest.html.ExtractionBenchmark.Split;
import org.rassegna.ingest.html.ExtractionMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna eval extraction}: article-body extraction and page metadata against a gold. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the HTML article-body extractor on a set of pages with gold bodies"
          + " (ground-truth.json and html/<id>.html.gz: the article-extraction benchmark, or the"
          + " WCXB and L3S-GN1 sets of ../shared/data/html-dev).",
      "Prints the benchmark's metric (word 4-gram overlap per page, precision and recall averaged"
          + " over pages, F1 from the two averages) and WCXB's (mean per-page F1 of the multisets"
          + " of lower-cased words); when the gold gives title, author or published, the share of"
          + " pages whose metadata matches (titles and authors by their lower-cased words, dates"
          + " by the day).",
      ""
    })
final class EvalExtractionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "The set's folder, e.g. ../shared/data/html-extraction.")
  Path data;

  @Option(
      names = "--split",
      paramLabel = "S",
      description =
          "Which pages: ALL, DEV (two thirds, to write rules against) or HELD_OUT (the third kept"
              + " aside, by a hash of the page id) (default: ${DEFAULT-VALUE}).")
  Split split = Split.ALL;

  @Option(
      names = "--worst",
      paramLabel = "N",
      description = "Also list the N pages of lowest word F1, with both scores.")
  int worst;

  @Option(names = "--json", description = "Print one JSON object with the metrics on stdout.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(data.resolve("ground-truth.json"))) {
      spec.commandLine().getErr().println("rassegna: no ground-truth.json in " + data);
      return 1;
    }
    List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.run(data, split);
    if (pages.isEmpty()) {
      spec.commandLine().getErr().println("rassegna: no pages in " + data + " for " + split);
      return 1;
    }
    ExtractionMetric.Summary s = ExtractionBenchmark.summarise(pages);
    double wordF1 = ExtractionBenchmark.meanWordF1(pages);
    FieldAccuracy[] fields = {
      ExtractionBenchmark.titleAccuracy(pages),
      ExtractionBenchmark.authorAccuracy(pages),
      ExtractionBenchmark.publishedAccuracy(pages)
    };
    String[] names = {"title", "author", "published"};
    List<ExtractionBenchmark.Page> lowest =
        pages.stream()
            .sorted(Comparator.comparingDouble(ExtractionBenchmark.Page::wordF1))
            .limit(Math.max(0, worst))
            .toList();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode o = mapper.createObjectNode();
      o.put("pages", s.pages());
      o.put("precision", s.precision());
      o.put("recall", s.recall());
      o.put("f1", s.f1());
      o.put("word_f1", wordF1);
      for (int i = 0; i < fields.length; i++) {
        if (fields[i].pages() > 0) {
          o.put(names[i] + "_accuracy", fields[i].accuracy());
        }
      }
      if (!lowest.isEmpty()) {
        ArrayNode a = o.putArray("worst");
        for (ExtractionBenchmark.Page p : lowest) {
          a.addObject().put("id", p.id()).put("f1", p.score().f1()).put("word_f1", p.wordF1());
        }
      }
      out.println(o);
    } else {
      out.printf(
          Locale.ROOT,
          "pages %d  precision %.4f  recall %.4f  F1 %.4f  word F1 %.4f%n",
          s.pages(),
          s.precision(),
          s.recall(),
          s.f1(),
          wordF1);
      for (int i = 0; i < fields.length; i++) {
        if (fields[i].pages() > 0) {
          out.printf(
              Locale.ROOT,
              "%s accuracy %.4f (%d of %d pages)%n",
              names[i],
              fields[i].accuracy(),
              fields[i].correct(),
              fields[i].pages());
        }
      }
      for (ExtractionBenchmark.Page p : lowest) {
        out.printf(
            Locale.ROOT,
            "  %s  precision %.3f  recall %.3f  F1 %.3f  word F1 %.3f%n",
            p.id(),
            p.score().precision(),
            p.score().recall(),
            p.score().f1(),
            p.wordF1());
      }
    }
    out.flush();
    return 0;
  }
}
