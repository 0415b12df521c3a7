package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rassegna.ingest.html.ExtractionBenchmark;
import org.rassegna.ingest.html.ExtractionMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna eval extraction}: article-body extraction against the benchmark's gold. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the HTML article-body extractor on the article-extraction benchmark"
          + " (ground-truth.json and html/<id>.html.gz): word 4-gram overlap per page, precision"
          + " and recall averaged over pages, F1 from the two averages.",
      ""
    })
final class EvalExtractionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "The benchmark folder, e.g. ../shared/data/html-extraction.")
  Path data;

  @Option(names = "--json", description = "Print one JSON object with the metrics on stdout.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(data.resolve("ground-truth.json"))) {
      spec.commandLine().getErr().println("rassegna: no ground-truth.json in " + data);
      return 1;
    }
    List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.run(data);
    ExtractionMetric.Summary s = ExtractionBenchmark.summarise(pages);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("pages", s.pages());
      o.put("precision", s.precision());
      o.put("recall", s.recall());
      o.put("f1", s.f1());
      out.println(o);
    } else {
      out.printf(
          Locale.ROOT,
          "pages %d  precision %.4f  recall %.4f  F1 %.4f%n",
          s.pages(),
          s.precision(),
          s.recall(),
          s.f1());
    }
    out.flush();
    return 0;
  }
}
