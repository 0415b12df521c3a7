package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.time.TimeTagger;
import org.rassegna.model.Article;
import org.rassegna.model.Quotation;

/** Quotation detection and speaker attribution on the hand-made DICE gold (see gold/README.md). */
class QuotationEval {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));
  private static final Path SHARED = Path.of(System.getProperty("rassegna.shared", "../../shared"));
  private static final Path GOLD =
      ROOT.resolve("extract/src/test/resources/org/rassegna/extract/gold/dice-quotations.json");
  private static final Path HELD_OUT =
      ROOT.resolve(
          "extract/src/test/resources/org/rassegna/extract/gold/dice-heldout-quotations.json");

  @Test
  void diceQuotationsAndSpeakersWithoutNamedEntities() throws Exception {
    QuotationScore score = score(LuceneAnnotator.italian(), "words only");
    assertThat(score.gold()).isEqualTo(83);
    // recorded: F1 0.976, speakers 63/80 = 0.788
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(score.speakerAccuracy()).isGreaterThanOrEqualTo(0.78);
  }

  @Test
  void diceQuotationsAndSpeakersWithCoreNlpEntities() throws Exception {
    QuotationScore score =
        score(
            new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE),
            "CoreNLP entities");
    assertThat(score.gold()).isEqualTo(83);
    // recorded: F1 0.976, speakers 70/80 = 0.875 (the issue asks for 0.85)
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(score.speakerAccuracy()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void heldOutDiceQuotationsAnnotatedAfterTheRulesWereFinal() throws Exception {
    QuotationScore score =
        score(
            new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE),
            HELD_OUT,
            "held out, CoreNLP entities");
    assertThat(score.gold()).isEqualTo(12);
    // recorded: F1 1.000, speakers 9/12 = 0.750 (a small sample: one quotation is 0.083)
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.speakerAccuracy()).isGreaterThanOrEqualTo(0.75);
  }

  private static QuotationScore score(Annotator annotator, String label) throws Exception {
    return score(annotator, GOLD, label);
  }

  private static QuotationScore score(Annotator annotator, Path goldFile, String label)
      throws Exception {
    assumeTrue(Files.exists(SHARED.resolve("data/dice/dice_articles.jsonl")), "no shared data");
    QuotationGold gold = QuotationGold.read(goldFile, ROOT, SHARED);
    QuoteExtractor extractor = new ItalianQuoteExtractor();
    Map<String, List<Quotation>> found = new LinkedHashMap<>();
    for (QuotationGold.GoldArticle a : gold.articles()) {
      found.put(a.id(), extractor.extract(annotator.annotate(Article.of(a.id(), a.text()))));
    }
    QuotationScore score = QuotationScore.of(gold, found);
    System.out.printf(
        Locale.ROOT,
        "DICE quotations ("
            + label
            + "): gold %d, found %d, matched %d: P %.3f R %.3f F1 %.3f;"
            + " speakers right %d/%d = %.3f%n",
        score.gold(),
        score.found(),
        score.matched(),
        score.precision(),
        score.recall(),
        score.f1(),
        score.speakersRight(),
        score.matched(),
        score.speakerAccuracy());
    return score;
  }
}
