package org.rassegna.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;
import org.rassegna.store.StoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna add}: articles into the store, only the new ones annotated. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles (inputs as for 'rassegna brief') and adds the ones the store does not hold"
          + " yet: only they are annotated; they are deduplicated and clustered after the stored"
          + " ones, and the stories they change are extracted and compared again. Prints what was"
          + " added, what was stored already, and which stories changed; 'rassegna brief --db'"
          + " then writes the brief.",
      "Each add is one transaction: interrupted at any moment, the store keeps the whole batch or"
          + " none of it, and running the same add again finishes the work without duplicating"
          + " anything.",
      ""
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done", "1:no article could be read", "2:wrong usage"})
final class AddCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or folders of articles, or http(s) URLs, as for 'rassegna brief'.")
  List<String> inputs = new ArrayList<>();

  @Mixin StoreOption db;

  @Option(
      names = "--max-article-bytes",
      paramLabel = "N",
      description = "Skip any article larger than this (default: ${DEFAULT-VALUE}).")
  long maxArticleBytes = IngestLimits.DEFAULT.maxArticleBytes();

  @Mixin SimilarityOption similarity;

  @Mixin ThreadsOption threads;

  @Option(
      names = "--no-progress",
      description = "Do not show progress on stderr (it is shown only on a console anyway).")
  boolean noProgress;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean showProgress = !noProgress && Progress.console();
    Ingest.Result read;
    try (Progress p = new Progress(err, showProgress, "read", 0)) {
      read =
          Ingest.read(
              BriefCommand.sources(inputs, new IngestLimits(maxArticleBytes)), a -> p.step());
    }
    if (!Reports.readSomething(read, inputs, err)) {
      return 1;
    }
    try (Store store = Stores.open(db.url())) {
      Pipeline pipeline = Adding.pipeline(store, similarity.similarity(), threads.threads());
      Adding.Result r = Adding.add(pipeline, read.articles(), err, showProgress);
      Pipeline.Update u = r.update();
      out.println(
          "added "
              + BriefCommand.plural(u.added().size(), "article")
              + ": "
              + String.join(", ", u.added()));
      out.println(
          "already stored "
              + BriefCommand.plural(u.known().size(), "article")
              + ": "
              + String.join(", ", u.known()));
      out.println("skipped " + (read.skipped().size() + r.failed().size()) + " (see stderr)");
      out.println("stories changed: " + String.join(", ", u.touchedStories()));
      out.println(
          "store: "
              + BriefCommand.plural((int) store.articleCount(), "article")
              + ", "
              + BriefCommand.plural((int) store.storyCount(StoryQuery.all()), "story"));
    }
    out.flush();
    return 0;
  }
}
