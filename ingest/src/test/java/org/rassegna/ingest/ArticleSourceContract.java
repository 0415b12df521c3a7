package org.rassegna.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.model.Article;

/**
 * What every {@link ArticleSource} promises, checked on a fixture with good and bad items that each
 * implementation writes: bad items are skipped with a reason and the rest are read, in the same
 * order every time, with text and a source.
 */
public abstract class ArticleSourceContract {

  @TempDir protected Path dir;

  /** Everything {@code source} sends, collected. */
  static Ingest.Result read(ArticleSource source) {
    Ingest sink = new Ingest(article -> {});
    source.read(sink);
    return sink.result();
  }

  /** Writes a fixture under {@code dir} and returns a source over it. */
  protected abstract ArticleSource sourceWithGoodAndBadItems(Path dir) throws Exception;

  protected abstract int goodItems();

  protected abstract int badItems();

  @Test
  void readsTheGoodItemsAndSkipsTheBadOnesWithAReason() throws Exception {
    Ingest.Result c = read(sourceWithGoodAndBadItems(dir));
    assertThat(c.articles()).hasSize(goodItems());
    assertThat(c.skipped()).hasSize(badItems());
    assertThat(c.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
    for (Article a : c.articles()) {
      assertThat(a.text()).isNotBlank();
      assertThat(a.source()).isNotBlank();
    }
  }

  @Test
  void readsTheSameWayTwice() throws Exception {
    ArticleSource source = sourceWithGoodAndBadItems(dir);
    Ingest.Result first = read(source);
    Ingest.Result second = read(source);
    assertThat(second.articles()).isEqualTo(first.articles());
    assertThat(second.skipped()).isEqualTo(first.skipped());
  }
}
