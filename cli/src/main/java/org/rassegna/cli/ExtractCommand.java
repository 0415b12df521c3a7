package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rassegna.cluster.ClusterParameters;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Claim;
import org.rassegna.model.Comparison;
import org.rassegna.model.DatedEvent;
import org.rassegna.model.Entity;
import org.rassegna.model.QuotationGroup;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.pipeline.PipelineConfig;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna extract}: who said what, entities, figures and the claims table per story. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles, groups them into stories and prints, per story, its entities across"
          + " articles (with roles), its statements (quotations with speakers, variants from"
          + " other articles grouped), its figures, what happened on which day, and the table of claims: corroborated by"
          + " two or more independent sources, single-source, or conflicting.",
      "Independent source groups are those of 'rassegna dedup': articles that copy each"
          + " other count as one source.",
      ""
    })
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or folders of articles, as for 'brief'.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--json",
      description =
          "Print one JSON object (stories with entities, statements, figures, dated events,"
              + " comparison, each"
              + " with its character spans) instead of text.")
  boolean json;

  @Mixin SimilarityOption similarity;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Ingest.Result read = Ingest.read(inputs, IngestLimits.DEFAULT, a -> {});
    if (!Reports.readSomething(read, inputs, err)) {
      return 1;
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode stories = root.putArray("stories");
    try (Store store = Stores.inMemory()) {
      Pipeline pipeline =
          Pipeline.open(
              PipelineConfig.DEFAULT.withCluster(
                  ClusterParameters.DEFAULT.withThreshold(similarity.similarity())),
              store);
      Adding.add(pipeline, read.articles(), err, false);
      for (Story story : pipeline.clustering().stories()) {
        Optional<StoryExtraction> x = store.extraction(story.id());
        Optional<Comparison> c = store.comparison(story.id());
        if (x.isEmpty() || c.isEmpty()) {
          continue; // reported on stderr by the refresh
        }
        if (json) {
          ObjectNode s = stories.addObject();
          s.put("story", story.id());
          s.set("articles", mapper.valueToTree(story.articleIds()));
          s.set("extraction", mapper.valueToTree(x.get()));
          s.set("comparison", mapper.valueToTree(c.get()));
        } else {
          print(out, story, x.get(), c.get());
        }
      }
    }
    if (json) {
      root.set("skipped", mapper.valueToTree(read.skipped()));
      out.println(mapper.writeValueAsString(root));
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, Story story, StoryExtraction x, Comparison c) {
    out.printf(Locale.ROOT, "== story %s: %s%n", story.id(), String.join(", ", story.articleIds()));
    Map<String, String> names = new HashMap<>();
    out.println("entities:");
    for (Entity e : x.entities()) {
      names.put(e.id(), e.name());
      out.printf(
          Locale.ROOT,
          "  %s %s (%s, %d mentions)%s%n",
          e.id(),
          e.name(),
          e.type(),
          e.mentions().size(),
          e.roles().isEmpty() ? "" : " — " + String.join("; ", e.roles()));
    }
    out.println("who said what:");
    for (QuotationGroup g : x.statements()) {
      String who = g.speakerEntityId() == null ? "unknown" : names.get(g.speakerEntityId());
      out.printf(Locale.ROOT, "  %s (%d variants):%n", who, g.variants().size());
      for (QuotationGroup.Variant v : g.variants()) {
        String speaker = v.quotation().speaker() == null ? "?" : v.quotation().speaker().text();
        out.printf(
            Locale.ROOT,
            "    [%s %d-%d] %s “%s” — %s%n",
            v.quotation().articleId(),
            v.quotation().span().start(),
            v.quotation().span().end(),
            v.quotation().kind(),
            v.quotation().text().replaceAll("\\s+", " "),
            speaker);
      }
    }
    out.println("dated events:");
    for (DatedEvent e : x.events()) {
      out.printf(
          Locale.ROOT,
          "  %s [%s %d-%d] %s%n",
          e.day(),
          e.articleId(),
          e.span().start(),
          e.span().end(),
          e.text().replaceAll("\\s+", " "));
    }
    out.println("claims:");
    for (Claim claim : c.claims()) {
      out.printf(Locale.ROOT, "  %-13s %s%n", claim.status(), claim.key());
      for (Claim.Backing b : claim.backings()) {
        out.printf(
            Locale.ROOT,
            "                %s: %s at %s%n",
            b.sourceGroup(),
            b.value(),
            b.citations().stream().map(ci -> ci.span().start() + "-" + ci.span().end()).toList());
      }
    }
  }
}
