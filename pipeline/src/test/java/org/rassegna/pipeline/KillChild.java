package org.rassegna.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.cluster.OnlineStoryClusterer;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
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
    // the clusterer's publication order (an analysis of words only adds no date to it)
    all.sort(
        Comparator.comparing(
            (Article a) -> new AnnotatedArticle(a, "it", List.of(), List.of()),
            OnlineStoryClusterer.PUBLICATION_ORDER));
    return all;
  }

  public static void main(String[] args) {
    List<Article> articles = articles(Path.of(args[1]), Integer.parseInt(args[2]));
    int batch = Integer.parseInt(args[3]);
    try (Store store = Stores.open(args[0])) {
      Pipeline p =
          Pipelines.withAnnotator(PipelineConfig.DEFAULT, store, LuceneAnnotator.italian());
      p.refresh(p.stale());
      for (int i = 0; i < articles.size(); i += batch) {
        Pipeline.Update u = p.add(articles.subList(i, Math.min(articles.size(), i + batch)));
        p.refresh(p.stale());
        System.out.println("added " + u.added().size() + ", known " + u.known().size());
      }
    }
  }
}
