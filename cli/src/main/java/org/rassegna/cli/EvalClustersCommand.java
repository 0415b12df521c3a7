package org.rassegna.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.cluster.ClusterAgreement;
import org.rassegna.cluster.ClusterErrors;
import org.rassegna.cluster.OnlineStoryClusterer;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Clustering;
import org.rassegna.model.Published;
import org.rassegna.model.Skipped;
import org.rassegna.model.Story;
import org.rassegna.model.Storyline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna eval clusters}: our events against gold story labels. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Clusters gold-labelled articles into events and scores them against the labels:"
          + " B-cubed and pairwise precision, recall and F1.",
      "Gold: JSON Lines, one article a line with id, title and/or text, published (ISO-8601) or"
          + " published_ms (epoch milliseconds), and the label field. A line that cannot be read"
          + " is reported on stderr and left out; the run goes on.",
      "Full articles with silver labels: with --pairs, the gold clusters are the groups that"
          + " the listed id pairs connect (DICE's duplicate.csv: reports of one event), and only"
          + " the articles in a pair are clustered.",
      ""
    })
final class EvalClustersCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Which gold stories to score: all, or one half by a fixed rule (for choosing settings). */
  enum Split {
    all,
    tune,
    holdout
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "Gold articles as JSON Lines.")
  Path gold;

  @Option(
      names = "--label-field",
      paramLabel = "NAME",
      description = "The field holding each article's gold cluster (default: ${DEFAULT-VALUE}).")
  String labelField = "label";

  @Option(
      names = "--language",
      paramLabel = "CODE",
      description =
          "Language of the articles (BCP-47), choosing the word analysis; languages other"
              + " than it, en get words only (default: ${DEFAULT-VALUE}).")
  String language = "en";

  @Option(
      names = "--split",
      paramLabel = "HALF",
      description =
          "Score all gold stories, or one half: with the distinct labels sorted, 'tune' keeps"
              + " those at even positions (0, 2, …), 'holdout' those at odd ones"
              + " (default: ${DEFAULT-VALUE}).")
  Split split = Split.all;

  @Option(
      names = "--ignore-time",
      description = "Drop publication times, so that only the text decides.")
  boolean ignoreTime;

  @Mixin ClusterOptions settings = new ClusterOptions();

  @Option(
      names = "--pairs",
      paramLabel = "CSV",
      description =
          "Take the gold clusters from id pairs instead of the label field: the groups the"
              + " pairs (first two columns, after a header line) connect.")
  @Nullable Path pairs;

  @Option(
      names = "--errors",
      description =
          "Also report the gold stories merged into one event with another, and those split"
              + " over several events, with their titles (the largest errors first).")
  boolean errors;

  @Option(names = "--json", description = "Print one JSON object of metrics on stdout.")
  boolean json;

  /** How many merged events and split stories {@code --errors} lists. */
  private static final int ERRORS_LISTED = 15;

  private @Nullable Map<String, String> pairLabels;

  private record Gold(Article article, String label) {}

  /** What parsing gives for an article in none of the {@code --pairs}: outside the gold. */
  private static final Gold OUTSIDE = new Gold(Article.of("-", ""), "-");

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<Skipped> skipped = new ArrayList<>();
    if (pairs != null) {
      pairLabels = PairsCsv.groups(PairsCsv.read(pairs));
    }
    List<Gold> items = read(skipped);
    skipped.forEach(s -> err.println("skipped " + s.item() + ": " + s.reason()));
    items = inSplit(items);
    if (items.isEmpty()) {
      err.println("rassegna: no gold article could be read from " + gold);
      return 1;
    }
    Annotator annotator = LuceneAnnotator.forLanguage(language);
    List<AnnotatedArticle> annotated = new ArrayList<>();
    Map<String, String> goldLabels = new HashMap<>();
    for (Gold g : items) {
      annotated.add(annotator.annotate(g.article()));
      goldLabels.put(g.article().id(), g.label());
    }
    Clustering clustering = new OnlineStoryClusterer(settings.parameters()).cluster(annotated);
    Map<String, String> predicted = new HashMap<>();
    for (Story s : clustering.stories()) {
      s.articleIds().forEach(id -> predicted.put(id, s.id()));
    }
    ClusterAgreement score = ClusterAgreement.of(predicted, goldLabels);
    // storylines scored against the same labels: a gold story is "one thing" at either level
    Map<String, String> lineOf = new HashMap<>();
    for (Storyline l : clustering.storylines()) {
      l.storyIds().forEach(id -> lineOf.put(id, l.id()));
    }
    Map<String, String> predictedLines = new HashMap<>();
    predicted.forEach((article, story) -> predictedLines.put(article, lineOf.get(story)));
    ClusterAgreement lines = ClusterAgreement.of(predictedLines, goldLabels);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("articles", score.items());
    metrics.put("skipped", skipped.size());
    metrics.put("gold_clusters", score.goldClusters());
    metrics.put("events", score.predictedClusters());
    metrics.put("storylines", clustering.storylines().size());
    metrics.put("bcubed_precision", score.bcubedPrecision());
    metrics.put("bcubed_recall", score.bcubedRecall());
    metrics.put("bcubed_f1", score.bcubedF1());
    metrics.put("pairwise_precision", score.pairwisePrecision());
    metrics.put("pairwise_recall", score.pairwiseRecall());
    metrics.put("pairwise_f1", score.pairwiseF1());
    metrics.put("storyline_bcubed_f1", lines.bcubedF1());
    settings.addTo(metrics);
    metrics.put("split", split.name());
    metrics.put("ignore_time", ignoreTime);
    ClusterErrors report = null;
    if (errors) {
      Map<String, String> titles = new HashMap<>();
      items.forEach(g -> titles.put(g.article().id(), title(g.article())));
      report = ClusterErrors.of(goldLabels, predicted, titles, ERRORS_LISTED);
      if (json) {
        metrics.put("merged", report.merged());
        metrics.put("split_stories", report.split());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JSON.writeValueAsString(metrics));
    } else {
      metrics.forEach(
          (k, v) ->
              out.println(
                  k + ": " + (v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : v)));
      if (report != null) {
        print(report, out);
      }
    }
    out.flush();
    return 0;
  }

  private List<Gold> read(List<Skipped> skipped) throws IOException {
    List<Gold> items = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String item = gold + ":" + lineNo;
        try {
          Gold g = parse(line, item);
          if (g == OUTSIDE) {
            continue;
          } else if (g != null) {
            items.add(g);
          } else {
            skipped.add(new Skipped(item, "no id, no text or title, or no " + labelField));
          }
        } catch (IOException | IllegalArgumentException e) {
          skipped.add(new Skipped(item, "unreadable: " + e.getMessage()));
        }
      }
    }
    return items;
  }

  private @Nullable Gold parse(String line, String item) throws IOException {
    if (!(JSON.readTree(line) instanceof ObjectNode obj)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = text(obj, "id");
    String label = pairLabels != null ? pairLabels.get(id) : text(obj, labelField);
    String title = text(obj, "title");
    String body = text(obj, "text");
    if (pairLabels != null && label == null && id != null) {
      return OUTSIDE;
    }
    if (id == null || label == null || (title == null && body == null)) {
      return null;
    }
    String whole = title == null ? body : body == null ? title : title + "\n" + body;
    Published published = ignoreTime ? null : published(obj);
    return new Gold(
        new Article(id, item, null, published, title, whole, language, Map.of()), label);
  }

  private static @Nullable Published published(ObjectNode obj) {
    String iso = text(obj, "published");
    if (iso != null) {
      return new Published(iso);
    }
    JsonNode ms = obj.get("published_ms");
    if (ms != null && ms.canConvertToLong()) {
      return new Published(Instant.ofEpochMilli(ms.asLong()).atOffset(ZoneOffset.UTC).toString());
    }
    return null;
  }

  private static @Nullable String text(ObjectNode obj, String field) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.isTextual() ? v.asText() : v.toString();
    return s.isBlank() ? null : s;
  }

  /** The errors as text: one line an error, then one a part. */
  private static void print(ClusterErrors report, PrintWriter out) {
    out.println("merged (events holding more than one gold story, most articles outside first):");
    for (ClusterErrors.Error e : report.merged()) {
      out.println("  event " + e.id() + " (" + e.articles() + " articles):");
      e.parts()
          .forEach(
              p -> out.println("    " + p.articles() + " of " + p.id() + " \"" + p.title() + "\""));
    }
    out.println("split (gold stories over more than one event, most articles outside first):");
    for (ClusterErrors.Error e : report.split()) {
      out.println("  story " + e.id() + " \"" + e.title() + "\" (" + e.articles() + " articles):");
      e.parts()
          .forEach(
              p ->
                  out.println(
                      "    " + p.articles() + " in event " + p.id() + " \"" + p.title() + "\""));
    }
  }

  /** An article's title, or the start of its text's first line when it has none. */
  private static String title(Article a) {
    String t = a.title() != null ? a.title() : a.text().lines().findFirst().orElse("");
    return t.length() <= 80 ? t.strip() : t.substring(0, 80).strip() + "…";
  }

  private List<Gold> inSplit(List<Gold> items) {
    if (split == Split.all) {
      return items;
    }
    Map<String, Integer> rank = new HashMap<>();
    for (String label : new TreeSet<>(items.stream().map(Gold::label).toList())) {
      rank.put(label, rank.size());
    }
    int parity = split == Split.tune ? 0 : 1;
    return items.stream().filter(g -> rank.get(g.label()) % 2 == parity).toList();
  }
}
