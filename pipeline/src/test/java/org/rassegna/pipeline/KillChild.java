package org.rassegna.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Article;
import org.rassegna.model.Published;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;

/**
 * The process {@link PipelineKillIT} kills: adds the first {@code count} DICE articles, in
 * publication order, to the store at {@code location} in batches of {@code batch}, and refreshes
 * the stories each add touched. The touched stories are marked stale in the add's own transaction
 * and the marks cleared once refreshed, so a run killed between an add and its refresh finishes the
 * refresh when run again. Prints one line per add.
 *
 * <p>Arguments: location, DICE JSON Lines file, count, batch.
 */
final class KillChild {

  private KillChild() {}

  static List<Article> articles(Path dice, int count) {
    List<Article> all =
        new ArrayList<>(
            Ingest.read(List.of(dice), IngestLimits.DEFAULT, a -> {}).articles().subList(0, count));
    all.sort(
        Comparator.comparing(
                Article::published, Comparator.nullsLast(Comparator.<Published>naturalOrder()))
            .thenComparing(Article::id));
    return all;
  }

  public static void main(String[] args) {
    List<Article> articles = articles(Path.of(args[1]), Integer.parseInt(args[2]));
    int batch = Integer.parseInt(args[3]);
    try (Store store = Stores.open(args[0])) {
      Pipeline p =
          Pipelines.withAnnotator(PipelineConfig.DEFAULT, store, LuceneAnnotator.italian());
      refreshStale(p, store);
      for (int i = 0; i < articles.size(); i += batch) {
        List<Article> next = articles.subList(i, Math.min(articles.size(), i + batch));
        Pipeline.Update u =
            store.inTransaction(
                tx -> {
                  Pipeline.Update added = p.add(next);
                  tx.markStale(added.touchedStories());
                  return added;
                });
        refreshStale(p, store);
        System.out.println("added " + u.added().size() + ", known " + u.known().size());
      }
    }
  }

  private static void refreshStale(Pipeline p, Store store) {
    List<String> stale = store.staleStoryIds();
    p.refresh(stale);
    stale.forEach(store::markRefreshed);
  }
}
