package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.time.HeidelTimeTagger;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Quotation;

/** Golden tests on the five seed articles, through the real Italian pipeline (CoreNLP). */
class SeedsExtractionEval {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));
  private static final Path GOLD =
      ROOT.resolve("extract/src/test/resources/org/rassegna/extract/gold/seeds-quotations.json");

  private static QuotationGold gold;
  private static Map<String, AnnotatedArticle> annotated;

  @BeforeAll
  static void annotate() throws Exception {
    gold = QuotationGold.read(GOLD, ROOT, ROOT.resolve("../shared"));
    Annotator annotator =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), HeidelTimeTagger.italian(), true);
    annotated = new LinkedHashMap<>();
    for (QuotationGold.GoldArticle a : gold.articles()) {
      annotated.put(a.id(), annotator.annotate(Article.of(a.id(), a.text())));
    }
  }

  private static Map<String, List<Quotation>> quotations() {
    Map<String, List<Quotation>> found = new LinkedHashMap<>();
    annotated.forEach((id, a) -> found.put(id, new ItalianQuoteExtractor().extract(a)));
    return found;
  }

  @Test
  void everyDirectQuotationIsFoundWithItsSpeaker() {
    QuotationScore score = QuotationScore.of(gold, quotations());
    assertThat(score.gold()).isEqualTo(18);
    assertThat(score.matched()).isEqualTo(18);
    assertThat(score.found()).isEqualTo(18);
    assertThat(score.speakersRight()).isEqualTo(18);
  }

  @Test
  void indirectSpeechIsAttributed() {
    Quotation peskov =
        quotations().get("000_c383cbd319f7ce4f.txt").stream()
            .filter(q -> q.kind() == Quotation.Kind.INDIRECT)
            .filter(q -> q.text().startsWith("la discussione riguardava"))
            .findFirst()
            .orElseThrow();
    assertThat(peskov.speaker().text()).endsWith("Dmitry Peskov");
  }
}
