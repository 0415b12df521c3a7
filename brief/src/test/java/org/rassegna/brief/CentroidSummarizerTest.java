package org.rassegna.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.annotate.vector.SparseVector;
import org.rassegna.annotate.vector.TfIdf;
import org.rassegna.brief.CentroidSummarizer.Pick;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Citation;

class CentroidSummarizerTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("seeds");

  /** The four reports of the 12 February call. */
  private static List<AnnotatedArticle> februaryCall() throws Exception {
    List<AnnotatedArticle> articles = new ArrayList<>();
    for (String id :
        List.of(
            "000_c383cbd319f7ce4f",
            "001_5d5f1c6bd4a7931f",
            "003_e474d6073c75c2ee",
            "004_0ac7530cb76e1d5e")) {
      String text = Files.readString(SEEDS.resolve(id + ".txt"));
      articles.add(LuceneAnnotator.italian().annotate(Article.of(id, text)));
    }
    return articles;
  }

  private final List<AnnotatedArticle> articles = februaryCall();
  private final List<Pick> picks = new CentroidSummarizer().summarize(articles, 5);

  CentroidSummarizerTest() throws Exception {}

  private AnnotatedArticle article(Citation c) {
    return articles.stream().filter(a -> a.id().equals(c.articleId())).findFirst().orElseThrow();
  }

  @Test
  void everySentenceIsASourceSentenceWordForWord() {
    assertThat(picks).hasSize(5);
    for (Pick p : picks) {
      AnnotatedArticle from = article(p.from());
      assertThat(p.from().span().of(from.article().text())).isEqualTo(p.text());
      assertThat(from.sentences()).anySatisfy(s -> assertThat(s.span()).isEqualTo(p.from().span()));
      assertThat(p.support()).first().isEqualTo(p.from());
    }
  }

  @Test
  void noSentenceRepeatsAnotherInOtherWords() {
    List<List<String>> bags = new ArrayList<>();
    for (Pick p : picks) {
      bags.add(TfIdf.contentTerms(article(p.from()), p.from().span()));
    }
    TfIdf tfIdf = TfIdf.fit(bags);
    for (int i = 0; i < bags.size(); i++) {
      for (int j = i + 1; j < bags.size(); j++) {
        SparseVector a = tfIdf.vector(bags.get(i));
        SparseVector b = tfIdf.vector(bags.get(j));
        assertThat(a.cosine(b))
            .as(picks.get(i).text() + " / " + picks.get(j).text())
            .isLessThan(0.5);
      }
    }
  }

  @Test
  void aFactSeveralOutletsStateCitesEachOfThem() {
    // "Abbiamo anche concordato ... informarlo della conversazione" is quoted by 000, 003 and 004.
    Pick zelensky =
        picks.stream()
            .filter(p -> p.text().contains("informarlo della conversazione"))
            .findFirst()
            .orElseThrow();
    assertThat(zelensky.support())
        .extracting(Citation::articleId)
        .hasSizeGreaterThanOrEqualTo(3)
        .doesNotHaveDuplicates();
    assertThat(picks.get(0).score()).isGreaterThanOrEqualTo(picks.get(picks.size() - 1).score());
  }
}
