package org.rassegna.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.Annotator;
import org.rassegna.pipeline.FeedWatcher;
import org.rassegna.serve.Newsroom;
import org.rassegna.serve.RassegnaServer;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna serve}: the REST API and the web pages over a store, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the stories of a store (filled by 'rassegna add'): web pages at /, in Italian or"
          + " with ?lang=en, and a REST API under /api described by /api/openapi.json. Search"
          + " covers article texts, titles, entities and their statements. Runs until stopped"
          + " (Ctrl-C).",
      "With --watch, also polls feeds as 'rassegna watch' does, in the same process: new"
          + " articles show on the pages and in search after the poll that adds them, and each"
          + " feed's last poll and error on /feeds.",
      "Listens on loopback unless --bind says otherwise. POST /api/articles adds articles"
          + " through the pipeline and needs the --token, as 'Authorization: Bearer TOKEN';"
          + " without --token the server is read-only.",
      ""
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:stopped", "2:wrong usage"})
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption db;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind = RassegnaServer.Options.LOOPBACK;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--token",
      paramLabel = "SECRET",
      description = "The secret that POST /api/articles needs; without it, no writes.")
  @Nullable String token;

  @Mixin SimilarityOption similarity;

  @Option(
      names = "--watch",
      arity = "1..*",
      paramLabel = "FEED",
      description = "RSS or Atom feeds (http(s) URLs) to poll, as 'rassegna watch' does.")
  List<String> feeds = new ArrayList<>();

  @Mixin WatchOptions watch;

  @Mixin ThreadsOption threads;

  /** Annotates instead of the standard annotators when set (tests that need no CoreNLP). */
  @Nullable Annotator annotator;

  /** Released to stop the server (tests); the command line stops it with Ctrl-C. */
  final CountDownLatch stop = new CountDownLatch(1);

  /** The port it listens on, once started (tests). */
  volatile int listening;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      spec.commandLine().getErr().println("--port must be between 0 and 65535");
      return 2;
    }
    List<String> urls = WatchOptions.feeds(spec, feeds);
    try (Store store = Stores.open(db.url())) {
      try (Newsroom newsroom =
              Newsroom.open(
                  Adding.pipeline(store, similarity.similarity(), threads.threads(), annotator));
          RassegnaServer server =
              RassegnaServer.start(
                  newsroom, new RassegnaServer.Options(bind, port, token, 8L << 20))) {
        out.println("serving " + db.url() + " at http://" + bind + ":" + server.port() + "/");
        out.flush();
        listening = server.port(); // after the line, so a test that sees the port also sees it
        Thread hook = new Thread(stop::countDown);
        Runtime.getRuntime().addShutdownHook(hook);
        Thread watcher = urls.isEmpty() ? null : watching(newsroom, urls, out);
        stop.await();
        if (watcher != null) {
          watcher.join(); // its poll ends before the store closes
        }
      }
    }
    return 0;
  }

  /** Polls the feeds on a thread of its own until stopped, adding through the newsroom. */
  private Thread watching(Newsroom newsroom, List<String> urls, PrintWriter out) {
    PrintWriter err = spec.commandLine().getErr();
    FeedWatcher watcher = watch.watcher(newsroom.store(), newsroom::add);
    Thread t =
        new Thread(
            () -> {
              try {
                watcher.run(urls, stop, p -> WatchOptions.report(p, out, err));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "rassegna-watch");
    t.start();
    return t;
  }
}
