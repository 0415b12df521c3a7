package org.rassegna.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rassegna.ingest.ArticleSource;
import org.rassegna.ingest.ArticleSourceContract;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.http.PageFetcher;
import org.rassegna.model.Article;
import org.rassegna.model.Published;

class FeedArticleSourceTest extends ArticleSourceContract {

  private static final FeedReader OFFLINE = new FeedReader(IngestLimits.DEFAULT, null, id -> false);

  @Override
  protected ArticleSource sourceWithGoodAndBadItems(Path dir) throws Exception {
    Path atom = dir.resolve("cronaca.atom");
    Files.copy(fixture("cronaca.atom"), atom);
    Path broken = dir.resolve("broken.rss");
    Files.copy(fixture("broken.rss"), broken);
    return sink -> {
      new FeedArticleSource(atom, IngestLimits.DEFAULT, OFFLINE).read(sink);
      new FeedArticleSource(broken, IngestLimits.DEFAULT, OFFLINE).read(sink);
    };
  }

  @Override
  protected int goodItems() {
    return 2;
  }

  @Override
  protected int badItems() {
    return 1;
  }

  @Test
  void rssItemsWithFullTextAreReadFromTheFeed() {
    Ingest.Result c = read("esteri.rss", OFFLINE);
    assertThat(c.articles()).hasSize(2);
    Article full = c.articles().get(0);
    assertThat(full.id()).isEqualTo("gdl-2025-0212-001");
    assertThat(full.source()).isEqualTo("La Gazzetta del Lago - Esteri");
    assertThat(full.title()).isEqualTo("Trump e Putin al telefono per un'ora e mezza");
    assertThat(full.published()).isEqualTo(new Published("2025-02-12T20:15:00Z"));
    assertThat(full.language()).isEqualTo("it");
    assertThat(full.url())
        .isEqualTo("https://www.gazzettadellago.example/esteri/2025/02/12/trump-putin-telefonata");
    assertThat(full.extra()).containsEntry("author", "Giulia Bianchi").doesNotContainKey("body");
    assertThat(full.text())
        .startsWith("Donald Trump e Vladimir Putin")
        .contains("\n\nSecondo la Casa Bianca")
        .doesNotContain("Leggi anche", "<p>");
  }

  @Test
  void withoutAFetcherATeaserItemKeepsItsSummary() {
    Article teaser = read("esteri.rss", OFFLINE).articles().get(1);
    assertThat(teaser.id())
        .isEqualTo("https://www.gazzettadellago.example/esteri/2025/03/18/tregua-energetica");
    assertThat(teaser.text()).startsWith("Nuova telefonata tra Trump e Putin").contains("175");
    assertThat(teaser.extra()).containsEntry("body", "summary");
  }

  @Test
  void withAFetcherATeaserItemIsReadFromItsPage() {
    List<String> fetched = new ArrayList<>();
    PageFetcher pages =
        (url, validators) -> {
          fetched.add(url);
          return new PageFetcher.Fetched(
              url,
              bytes("../html/telefonata-trump-putin.html"),
              "text/html; charset=utf-8",
              new PageFetcher.Validators(null, null),
              false);
        };
    Ingest.Result c = read("esteri.rss", new FeedReader(IngestLimits.DEFAULT, pages, id -> false));
    assertThat(fetched)
        .containsExactly("https://www.gazzettadellago.example/esteri/2025/03/18/tregua-energetica");
    Article fromPage = c.articles().get(1);
    assertThat(fromPage.id()).endsWith("tregua-energetica");
    assertThat(fromPage.text()).startsWith("Donald Trump e Vladimir Putin si sono parlati");
    assertThat(fromPage.extra())
        .doesNotContainKey("body")
        .containsEntry("author", "Giulia Bianchi");
  }

  @Test
  void pagesOfItemsAlreadyIngestedAreNotFetchedAgain() {
    Set<String> known =
        Set.of("https://www.gazzettadellago.example/esteri/2025/03/18/tregua-energetica");
    PageFetcher failing =
        (url, validators) -> {
          throw new AssertionError("fetched " + url);
        };
    Ingest.Result c =
        read("esteri.rss", new FeedReader(IngestLimits.DEFAULT, failing, known::contains));
    assertThat(c.articles()).extracting(Article::id).containsExactly("gdl-2025-0212-001");
    assertThat(c.skipped()).isEmpty();
  }

  @Test
  void anUnreachablePageSkipsItsItemOnly() {
    PageFetcher down =
        (url, validators) -> {
          throw new PageFetcher.FetchException("unreachable: connection refused by example");
        };
    Ingest.Result c = read("esteri.rss", new FeedReader(IngestLimits.DEFAULT, down, id -> false));
    assertThat(c.articles()).hasSize(1);
    assertThat(c.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.item()).contains("esteri.rss#2").contains("tregua-energetica");
              assertThat(s.reason()).startsWith("unreachable");
            });
  }

  @Test
  void atomEntriesAreRead() {
    Ingest.Result c = read("cronaca.atom", OFFLINE);
    Article a = c.articles().get(0);
    assertThat(a.id()).isEqualTo("tag:cronache.example,2024:ponte-chiuso");
    assertThat(a.source()).isEqualTo("Cronache di Provincia");
    assertThat(a.published()).isEqualTo(new Published("2024-11-03T08:30:00Z"));
    assertThat(a.extra()).containsEntry("author", "Luca Verdi");
    assertThat(a.text()).startsWith("Il ponte sul fiume").contains("\n\nIl comune");
    assertThat(c.articles().get(1).published()).isEqualTo(new Published("2024-11-04T06:10:00Z"));
  }

  @Test
  void invalidXmlIsOneClearSkip() {
    Ingest.Result c = read("broken.rss", OFFLINE);
    assertThat(c.articles()).isEmpty();
    assertThat(c.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).startsWith("invalid feed"));
    Ingest notAFeed = new Ingest(article -> {});
    OFFLINE.read(
        "<html><body>no</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "page",
        null,
        notAFeed);
    assertThat(notAFeed.result().skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).startsWith("invalid feed"));
  }

  private static Ingest.Result read(String fixture, FeedReader reader) {
    return Ingest.read(
        List.of(new FeedArticleSource(fixture(fixture), IngestLimits.DEFAULT, reader)),
        article -> {});
  }

  private static Path fixture(String name) {
    try {
      return Paths.get(FeedArticleSourceTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static byte[] bytes(String name) {
    try (InputStream in = FeedArticleSourceTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
