package org.rassegna.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.Annotator;
import org.rassegna.pipeline.FeedWatcher;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna watch}: polls feeds and adds their new items to a store, until stopped. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Polls RSS or Atom feeds and adds their new items to the store, as 'rassegna add' would:"
          + " each poll is a conditional GET (the ETag and Last-Modified of the last poll are kept"
          + " in the store), one request at a time per host with a pause between them, size and"
          + " time caps; the pages of items without full text are fetched, items already stored"
          + " are not. The stories they change are extracted and compared again. Runs until"
          + " stopped (Ctrl-C); a restart goes on where it stopped, without duplicates.",
      "A feed that fails is reported, its error kept in the store ('rassegna serve' shows it on"
          + " /feeds), and retried later; the other feeds go on. One line per poll on stdout;"
          + " failures and skipped items on stderr.",
      ""
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:stopped, or --once done", "2:wrong usage"})
final class WatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FEED", description = "The feeds' http(s) URLs.")
  List<String> feeds = new ArrayList<>();

  @Mixin StoreOption db;

  @Mixin WatchOptions watch;

  @Option(names = "--once", description = "Poll each feed once, now, and exit.")
  boolean once;

  @Mixin SimilarityOption similarity;

  @Mixin ThreadsOption threads;

  /** Released to stop watching (tests); the command line stops it with Ctrl-C. */
  final CountDownLatch stop = new CountDownLatch(1);

  /** Annotates instead of the standard annotators when set (tests that need no CoreNLP). */
  @Nullable Annotator annotator;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> urls = WatchOptions.feeds(spec, feeds);
    try (Store store = Stores.open(db.url())) {
      FeedWatcher watcher =
          watch.watcher(
              store,
              FeedWatcher.addingTo(
                  Adding.pipeline(store, similarity.similarity(), threads.threads(), annotator)));
      if (once) {
        watcher.pollAll(urls).forEach(p -> WatchOptions.report(p, out, err));
        return 0;
      }
      out.println("watching " + BriefCommand.plural(urls.size(), "feed") + " into " + db.url());
      out.flush();
      Thread hook = new Thread(stop::countDown);
      Runtime.getRuntime().addShutdownHook(hook);
      watcher.run(urls, stop, p -> WatchOptions.report(p, out, err));
    }
    return 0;
  }
}
