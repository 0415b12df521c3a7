package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rassegna.dedup.DedupConfig;
import org.rassegna.dedup.Deduplication;
import org.rassegna.dedup.NearDuplicate;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.CopiedPassage;
import org.rassegna.model.SourceGroup;
import org.rassegna.model.Span;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.pipeline.PipelineConfig;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna dedup}: which articles copy each other, and what they copy. */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Finds exact and near-duplicate articles, the passages articles share word for word (with"
          + " their character spans in both), and the independent-source groups: articles that"
          + " copy each other count as one source.",
      "Near duplicates: estimated Jaccard similarity of word 3-shingles (MinHash, 32 LSH bands"
          + " of 3) at least --threshold. Copied passage: a run of sentences with the same"
          + " normalised words (sentences of fewer than --min-sentence-words words only extend"
          + " a run). Articles join one group when they are near duplicates or when passages"
          + " copied between them cover at least --copied-share of either.",
      ""
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done", "1:no article could be read", "2:wrong usage or option value"})
final class DedupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or folders of articles, as for 'rassegna brief'.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--json",
      description = "Print one JSON object (groups, near_duplicates, passages) instead of text.")
  boolean json;

  @Option(
      names = "--threshold",
      paramLabel = "J",
      description =
          "Least estimated Jaccard similarity (0–1] of two articles' word 3-shingles for them to"
              + " be near duplicates (default: ${DEFAULT-VALUE}).")
  double threshold = DedupConfig.DEFAULT.threshold();

  @Option(
      names = "--copied-share",
      paramLabel = "X",
      description =
          "Least share (0–1] of either article's text in passages copied between them for the"
              + " two to count as one source (default: ${DEFAULT-VALUE}).")
  double copiedShare = DedupConfig.DEFAULT.copiedShare();

  @Option(
      names = "--min-sentence-words",
      paramLabel = "N",
      description =
          "Least words of a sentence that counts as evidence of copying by itself"
              + " (default: ${DEFAULT-VALUE}).")
  int minSentenceWords = DedupConfig.DEFAULT.minSentenceWords();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DedupConfig d = DedupConfig.DEFAULT;
    DedupConfig config;
    try {
      config =
          new DedupConfig(
              d.shingleWords(),
              d.bands(),
              d.rows(),
              threshold,
              minSentenceWords,
              d.maxSentenceRepeats(),
              copiedShare);
    } catch (IllegalArgumentException e) {
      err.println("rassegna: " + e.getMessage());
      return 2;
    }
    Ingest.Result read = Ingest.read(inputs, IngestLimits.DEFAULT, a -> {});
    if (!Reports.readSomething(read, inputs, err)) {
      return 1;
    }
    Map<String, String> texts = new HashMap<>();
    read.articles().forEach(a -> texts.put(a.id(), a.text()));
    Deduplication result;
    try (Store store = Stores.inMemory()) {
      Pipeline pipeline = Pipeline.open(PipelineConfig.DEFAULT.withDedup(config), store);
      Adding.add(pipeline, read.articles(), err, false);
      result = pipeline.deduplication();
    }
    if (json) {
      out.println(toJson(result, read.articles().size(), texts));
    } else {
      print(out, result, read.articles().size(), texts);
    }
    out.flush();
    return 0;
  }

  private static void print(
      PrintWriter out, Deduplication result, int articles, Map<String, String> texts) {
    out.printf(
        Locale.ROOT, "%d articles, %d independent sources%n", articles, result.groups().size());
    for (SourceGroup g : result.groups()) {
      if (g.size() > 1) {
        out.println("group " + g.id() + ": " + String.join(", ", g.articleIds()));
      }
    }
    for (NearDuplicate n : result.nearDuplicates()) {
      out.printf(
          Locale.ROOT,
          "%s %s %s similarity %.2f%n",
          n.exact() ? "exact duplicate" : "near duplicate",
          n.firstId(),
          n.secondId(),
          n.similarity());
    }
    for (CopiedPassage p : result.passages()) {
      out.printf(
          Locale.ROOT,
          "copied passage, %d sentences: %s %d–%d = %s %d–%d: %s%n",
          p.sentences(),
          p.firstId(),
          p.first().start(),
          p.first().end(),
          p.secondId(),
          p.second().start(),
          p.second().end(),
          preview(p.second().of(texts.get(p.secondId()))));
    }
  }

  private static String preview(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "…";
  }

  private static String toJson(Deduplication result, int articles, Map<String, String> texts)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("articles", articles);
    root.put("independent_sources", result.groups().size());
    ArrayNode groups = root.putArray("groups");
    for (SourceGroup g : result.groups()) {
      ObjectNode node = groups.addObject().put("id", g.id());
      g.articleIds().forEach(node.putArray("articles")::add);
    }
    ArrayNode pairs = root.putArray("near_duplicates");
    for (NearDuplicate n : result.nearDuplicates()) {
      pairs
          .addObject()
          .put("first", n.firstId())
          .put("second", n.secondId())
          .put("similarity", n.similarity())
          .put("exact", n.exact());
    }
    ArrayNode passages = root.putArray("passages");
    for (CopiedPassage p : result.passages()) {
      ObjectNode node = passages.addObject();
      node.put("first", p.firstId());
      span(node.putObject("first_span"), p.first());
      node.put("second", p.secondId());
      span(node.putObject("second_span"), p.second());
      node.put("sentences", p.sentences());
      node.put("text", p.second().of(texts.get(p.secondId())));
    }
    return mapper.writeValueAsString(root);
  }

  private static void span(ObjectNode node, Span span) {
    node.put("start", span.start()).put("end", span.end());
  }
}
