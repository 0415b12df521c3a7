package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
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
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Quotation;

/**
 * Quotation detection and speaker attribution on the hand-made DICE and Italian Wikinews golds (see
 * gold/README.md).
 */
class QuotationEval {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));
  private static final Path SHARED = Path.of(System.getProperty("rassegna.shared", "../../shared"));
  private static final Path GOLD =
      ROOT.resolve("extract/src/test/resources/org/rassegna/extract/gold/dice-quotations.json");
  private static final Path HELD_OUT =
      ROOT.resolve(
          "extract/src/test/resources/org/rassegna/extract/gold/dice-heldout-quotations.json");

  /**
   * {@code -Drassegna.heldOut=false} skips the held-out parts, so that work on the rules scores the
   * tuning parts only.
   */
  private static final boolean HELD_OUT_SCORED =
      Boolean.parseBoolean(System.getProperty("rassegna.heldOut", "true"));

  @Test
  void diceQuotationsAndSpeakersWithoutNamedEntities() throws Exception {
    QuotationScore score = score(LuceneAnnotator.italian(), "words only");
    assertThat(score.gold()).isEqualTo(83);
    // recorded 2026-12-07: F1 0.976, speakers 62/80 = 0.775 (was 63/80 before the rules of the
    // training-split round)
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(score.speakerAccuracy()).isGreaterThanOrEqualTo(0.77);
  }

  @Test
  void diceQuotationsAndSpeakersWithCoreNlpEntities() throws Exception {
    QuotationScore score =
        score(
            new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE),
            "CoreNLP entities");
    assertThat(score.gold()).isEqualTo(83);
    // recorded 2026-12-07, sixth round: F1 0.976, speakers 72/80 = 0.900 (71/80 after the fifth
    // round; a verb with its own pronoun subject no longer takes its coordinated verb's)
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(score.speakerAccuracy()).isGreaterThanOrEqualTo(0.89);
  }

  @Test
  void heldOutDiceQuotationsAnnotatedAfterTheRulesWereFinal() throws Exception {
    assumeTrue(HELD_OUT_SCORED, "held-out parts not scored");
    QuotationScore score =
        score(
            new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE),
            HELD_OUT,
            "held out, CoreNLP entities");
    assertThat(score.gold()).isEqualTo(12);
    // recorded 2026-12-03: F1 1.000, speakers 10/12 = 0.833 (small: one quotation is 0.083)
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.speakerAccuracy()).isGreaterThanOrEqualTo(0.83);
  }

  private static final Path WIKINEWS =
      ROOT.resolve("extract/src/test/resources/org/rassegna/extract/gold/wikinews-quotations.json");
  private static final Path WIKINEWS_HELD_OUT =
      ROOT.resolve(
          "extract/src/test/resources/org/rassegna/extract/gold/wikinews-heldout-quotations.json");

  @Test
  void wikinewsDevelopmentGoldDirectAndIndirect() throws Exception {
    Scores s = bothKinds(WIKINEWS);
    QuotationScore direct = s.direct();
    QuotationScore indirect = s.indirect();
    assertThat(direct.gold()).isEqualTo(41);
    assertThat(indirect.gold()).isEqualTo(37);
    // recorded 2026-12-03, fourth round (carry-over stops at a colon introducing someone else;
    // "si" + reporting verb with a document named): direct F1 0.962, speakers 34/38 = 0.895, wrong
    // 0/38; indirect F1 0.892, speakers 32/33 = 0.970, wrong 0/37. 2026-12-07, sixth round: direct
    // F1 0.975 (39 found), speakers 35/39 = 0.897, wrong 0/39; indirect unchanged. Eighth round:
    // direct wrong 1/39 (wn-77: a new verb form, "denunciò", frames a victim, carried to a later
    // quotation), indirect F1 0.907, speakers 33/34, wrong 0/38. Ninth round: unchanged
    assertThat(direct.f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(direct.speakerAccuracy()).isGreaterThanOrEqualTo(0.89);
    assertThat(direct.wrongSpeakerRate()).isLessThanOrEqualTo(0.03);
    assertThat(indirect.f1()).isGreaterThanOrEqualTo(0.89);
    assertThat(indirect.speakerAccuracy()).isGreaterThanOrEqualTo(0.96);
    assertThat(indirect.wrongSpeakerRate()).isLessThanOrEqualTo(0.0);
    // speakers shown by a text that is no clean phrase (SpeakerPhrases): recorded 2026-12-08,
    // issue-15n, 1 of 73 ("lo studio fatto dall'Istituto …, che mette in collegamento …"); none
    // once the words are cut to a noun phrase
    assertThat(s.unclean()).isLessThanOrEqualTo(0);
  }

  @Test
  void wikinewsHeldOutThirdScoredOnceAfterTheRules() throws Exception {
    assumeTrue(HELD_OUT_SCORED, "held-out parts not scored");
    Scores s = bothKinds(WIKINEWS_HELD_OUT);
    QuotationScore direct = s.direct();
    QuotationScore indirect = s.indirect();
    assertThat(direct.gold()).isEqualTo(19);
    assertThat(indirect.gold()).isEqualTo(21);
    // recorded 2026-12-03, fourth round: direct F1 0.947, speakers 13/18 = 0.722, wrong 3/19 =
    // 0.158 (unchanged); indirect F1 0.703 (was 0.629), speakers 11/13 = 0.846, wrong 2/16 = 0.125
    // (were 10/11 and 1/14: two more reports found, one more with a wrong speaker; the thresholds
    // were lowered to these figures rather than tune on this part). Below the targets:
    // see gold/README.md. 2026-12-07, after the training-split round (rules from tuning material
    // only): direct speakers 14/18 = 0.778, wrong 2/19 = 0.105; indirect F1 0.703, speakers 12/13
    // = 0.923, wrong 1/16 = 0.063. 2026-12-07, sixth round (rules from the training-split pieces,
    // this part scored once at its end): direct unchanged; indirect F1 0.757, speakers 13/14 =
    // 0.929, wrong 1/16 = 0.063. Seventh round (rules from the training pieces, this part scored
    // once at its end): direct F1 0.947, speakers 15/18 = 0.833, wrong 1/19 = 0.053; indirect
    // unchanged. Eighth and ninth rounds: direct unchanged; indirect F1 0.789, speakers 14/15,
    // wrong 1/17 = 0.059. Tenth round (2026-12-08, scored once after it): direct unchanged;
    // indirect F1 0.789, speakers 13/15 = 0.867, wrong 2/17 = 0.118 (one more wrong)
    assertThat(direct.f1()).isGreaterThanOrEqualTo(0.94);
    assertThat(direct.speakerAccuracy()).isGreaterThanOrEqualTo(0.83);
    assertThat(direct.wrongSpeakerRate()).isLessThanOrEqualTo(0.06);
    assertThat(indirect.f1()).isGreaterThanOrEqualTo(0.75);
    assertThat(indirect.speakerAccuracy()).isGreaterThanOrEqualTo(0.86);
    assertThat(indirect.wrongSpeakerRate()).isLessThanOrEqualTo(0.12);
  }

  private static final Path WIKINEWS_TRAIN =
      ROOT.resolve(
          "extract/src/test/resources/org/rassegna/extract/gold/wikinews-train-quotations.json");

  @Test
  void wikinewsTrainingSplitPiecesNewTuningMaterial() throws Exception {
    Scores s = bothKinds(WIKINEWS_TRAIN);
    QuotationScore direct = s.direct();
    QuotationScore indirect = s.indirect();
    assertThat(direct.gold()).isEqualTo(361);
    assertThat(indirect.gold()).isEqualTo(393);
    // recorded 2026-12-07 (annotated before any run): direct F1 0.819, speakers 31/43 = 0.721,
    // wrong 8/49 = 0.163; indirect F1 0.633, speakers 21/25 = 0.840, wrong 4/34 = 0.118. Without
    // the relative-pronoun rule direct speakers were 29/43, wrong 10/49; without the speech-noun
    // gap rule 30/43. 2026-12-07, sixth round (rules read on these pieces' errors): direct F1
    // 0.873 (54 found), speakers 39/48 = 0.813, wrong 4/54 = 0.074; indirect F1 0.667, speakers
    // 25/27 = 0.926, wrong 2/36 = 0.056. Seventh round, with issue-15g's second batch appended
    // (205 pieces, 361 direct, 393 indirect; see gold/README.md): direct F1 0.900, speakers
    // 221/327 = 0.676, wrong 36/366 = 0.098; indirect F1 0.636, speakers 185/212 = 0.873, wrong
    // 24/274 = 0.088. Eighth round: direct F1 0.955, speakers 245/350 = 0.700, wrong 17/372;
    // indirect F1 0.732, speakers 235/262, wrong 22/323. Ninth round (branches 15a, 15u, 15e,
    // 15f, 15h, 15w): direct F1 0.955, speakers 281/350 = 0.803, wrong 16/372 = 0.043; indirect
    // F1 0.756, speakers 247/273 = 0.905, wrong 17/329 = 0.052; 252/273 = 0.923, wrong 12/329 =
    // 0.036 once a found report covering an outer and a nested clause matched the outer one.
    // Tenth round (branches 15n, 15s, 15i, 15d, 15c): direct F1 0.956, speakers 293/351 = 0.835,
    // wrong 13/373 = 0.035; indirect F1 0.772, speakers 266/282 = 0.943, wrong 7/338 = 0.021
    assertThat(direct.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(direct.speakerAccuracy()).isGreaterThanOrEqualTo(0.83);
    assertThat(direct.wrongSpeakerRate()).isLessThanOrEqualTo(0.04);
    assertThat(indirect.f1()).isGreaterThanOrEqualTo(0.77);
    assertThat(indirect.speakerAccuracy()).isGreaterThanOrEqualTo(0.94);
    assertThat(indirect.wrongSpeakerRate()).isLessThanOrEqualTo(0.03);
    // speakers shown by a text that is no clean phrase (SpeakerPhrases): recorded 2026-12-08,
    // issue-15n, 9 of 620 ("mentre Adriano Celentano", "La sentenza recita", …); none once the
    // words are cut to a noun phrase
    assertThat(s.unclean()).isLessThanOrEqualTo(0);
  }

  private static final Path WIKINEWS_TRAIN_HELD_OUT =
      ROOT.resolve(
          "extract/src/test/resources/org/rassegna/extract/gold/"
              + "wikinews-train-heldout-quotations.json");

  @Test
  void wikinewsFreshHeldOutTrainingPiecesAloneAndWithTheHeldOutThird() throws Exception {
    assumeTrue(HELD_OUT_SCORED, "held-out parts not scored");
    Scores fresh = bothKinds(WIKINEWS_TRAIN_HELD_OUT);
    Scores third = bothKinds(WIKINEWS_HELD_OUT);
    QuotationScore direct = fresh.direct();
    QuotationScore indirect = fresh.indirect();
    QuotationScore bothDirect = direct.plus(third.direct());
    QuotationScore bothIndirect = indirect.plus(third.indirect());
    System.out.printf(
        Locale.ROOT,
        "both held-out parts: direct F1 %.3f, speakers %d/%d, wrong %d/%d;"
            + " indirect F1 %.3f, speakers %d/%d, wrong %d/%d%n",
        bothDirect.f1(),
        bothDirect.speakersRight(),
        bothDirect.matched(),
        bothDirect.speakersWrong(),
        bothDirect.found(),
        bothIndirect.f1(),
        bothIndirect.speakersRight(),
        bothIndirect.matched(),
        bothIndirect.speakersWrong(),
        bothIndirect.found());
    assertThat(direct.gold()).isEqualTo(127);
    assertThat(indirect.gold()).isEqualTo(135);
    // recorded 2026-12-07, seventh round, scored after the rules (annotated blind by issue-15g; a
    // failure on wt-336 was a bounds bug of the new "come ha riferito" rule, fixed before these
    // figures); re-recorded by issue-17 once wt-104, lost to a CoreNLP tokenizer crash until then,
    // was annotated: direct F1 0.925, speakers 71/118 = 0.602, wrong 20/128 = 0.156; indirect F1
    // 0.604, speakers 57/67 = 0.851, wrong 9/87 = 0.103 (with wt-104 lost: speakers 71/117,
    // wrong 20/126; indirect 57/66, wrong 9/86). With the held-out third: direct F1 0.928,
    // speakers 86/136 = 0.632, wrong 21/147 = 0.143; indirect F1 0.625, speakers 70/81 = 0.864,
    // wrong 10/103 = 0.097. Far below the targets: see gold/README.md. Eighth round:
    // direct F1 0.942, speakers 73/121 = 0.603, wrong 12/130 = 0.092; indirect F1 0.661,
    // speakers 68/76, wrong 4/95. Ninth round, scored once after it: direct F1 0.942, speakers
    // 79/121 = 0.653, wrong 14/130 = 0.108 (two more wrong); indirect F1 0.672, speakers 71/79 =
    // 0.899, wrong 3/100 = 0.030. With the held-out third: direct F1 0.942, speakers 94/139 =
    // 0.676, wrong 15/149 = 0.101; indirect F1 0.689, speakers 85/94 = 0.904, wrong 4/117 = 0.034.
    // Tenth round, scored once after it: direct unchanged (its tuning gains did not carry over);
    // indirect F1 0.672, speakers 70/79 = 0.886, wrong 3/100. With the held-out third: direct
    // unchanged; indirect F1 0.689, speakers 83/94 = 0.883, wrong 5/117 = 0.043
    assertThat(direct.f1()).isGreaterThanOrEqualTo(0.94);
    assertThat(direct.speakerAccuracy()).isGreaterThanOrEqualTo(0.65);
    assertThat(direct.wrongSpeakerRate()).isLessThanOrEqualTo(0.11);
    assertThat(indirect.f1()).isGreaterThanOrEqualTo(0.67);
    assertThat(indirect.speakerAccuracy()).isGreaterThanOrEqualTo(0.88);
    assertThat(indirect.wrongSpeakerRate()).isLessThanOrEqualTo(0.03);
    assertThat(bothDirect.f1()).isGreaterThanOrEqualTo(0.94);
    assertThat(bothDirect.speakerAccuracy()).isGreaterThanOrEqualTo(0.67);
    assertThat(bothDirect.wrongSpeakerRate()).isLessThanOrEqualTo(0.11);
    assertThat(bothIndirect.f1()).isGreaterThanOrEqualTo(0.68);
    assertThat(bothIndirect.speakerAccuracy()).isGreaterThanOrEqualTo(0.88);
    assertThat(bothIndirect.wrongSpeakerRate()).isLessThanOrEqualTo(0.05);
  }

  private static final Path THIRD_BATCH =
      ROOT.resolve(
          "extract/src/test/resources/org/rassegna/extract/gold/wikinews-train3-quotations.json");
  private static final Path THIRD_BATCH_HELD_OUT =
      ROOT.resolve(
          "extract/src/test/resources/org/rassegna/extract/gold/"
              + "wikinews-train3-heldout-quotations.json");

  /**
   * The third batch of training-split pieces (issue-15g3), annotated blind while the eighth round
   * of rules was written and scored only after it: text those rules never saw. Its tuning part is
   * tuning material from then on; its held-out part stays aside.
   */
  @Test
  void wikinewsThirdBatchTuningPartUnseenByTheEighthRound() throws Exception {
    Scores s = bothKinds(THIRD_BATCH);
    QuotationScore direct = s.direct();
    QuotationScore indirect = s.indirect();
    assertThat(direct.gold()).isEqualTo(179);
    assertThat(indirect.gold()).isEqualTo(221);
    // recorded 2026-12-07 at main 4fcf42f (the seventh round's rules): direct F1 0.947, speakers
    // 121/169 = 0.716, wrong 19/178 = 0.107; indirect F1 0.556, speakers 78/95 = 0.821, wrong
    // 14/121 = 0.116. Eighth round (branches 15b, 15d, 15i merged), scored once after it: direct
    // F1 0.956, speakers 122/172 = 0.709, wrong 15/181 = 0.083; indirect F1 0.618, speakers
    // 90/111 = 0.811, wrong 17/138 = 0.123. Ninth round (tuning material from then on): direct F1
    // 0.956, speakers 136/172 = 0.791, wrong 11/181 = 0.061; indirect F1 0.699, speakers 111/131
    // = 0.847, wrong 12/154 = 0.078. Tenth round: direct F1 0.956, speakers 150/172 = 0.872,
    // wrong 5/181 = 0.028; indirect F1 0.699, speakers 118/131 = 0.901, wrong 4/154 = 0.026
    assertThat(direct.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(direct.speakerAccuracy()).isGreaterThanOrEqualTo(0.87);
    assertThat(direct.wrongSpeakerRate()).isLessThanOrEqualTo(0.03);
    assertThat(indirect.f1()).isGreaterThanOrEqualTo(0.69);
    assertThat(indirect.speakerAccuracy()).isGreaterThanOrEqualTo(0.90);
    assertThat(indirect.wrongSpeakerRate()).isLessThanOrEqualTo(0.03);
    // speakers shown by a text that is no clean phrase (SpeakerPhrases): recorded 2026-12-08,
    // issue-15n, 9 of 295 ("la tennista attraverso", "Tuttavia alcuni vicini", …); 7 once a noun
    // of speech gives way to who spoke ("pubblica un'altra dichiarazione della Sharapova"); none
    // once the words are cut to a noun phrase
    assertThat(s.unclean()).isLessThanOrEqualTo(0);
  }

  @Test
  void wikinewsThirdBatchHeldOutPart() throws Exception {
    assumeTrue(HELD_OUT_SCORED, "held-out parts not scored");
    Scores s = bothKinds(THIRD_BATCH_HELD_OUT);
    QuotationScore direct = s.direct();
    QuotationScore indirect = s.indirect();
    assertThat(direct.gold()).isEqualTo(95);
    assertThat(indirect.gold()).isEqualTo(118);
    // recorded 2026-12-07 at main 4fcf42f (the seventh round's rules): direct F1 0.953, speakers
    // 69/91 = 0.758, wrong 10/96 = 0.104; indirect F1 0.571, speakers 43/54 = 0.796, wrong 9/71 =
    // 0.127. Eighth round, scored once after it: direct F1 0.954, speakers 68/93 = 0.731, wrong
    // 6/100 = 0.060; indirect F1 0.589, speakers 43/56 = 0.768, wrong 6/72 = 0.083. Ninth round,
    // scored once after it: direct F1 0.954, speakers 69/93 = 0.742, wrong 7/100 = 0.070 (one
    // more wrong); indirect F1 0.636, speakers 47/62 = 0.758, wrong 8/77 = 0.104 (two more wrong,
    // six more reports found); 48/62 = 0.774, wrong 7/77 = 0.091 once a report covering an outer
    // and a nested clause matched the outer one. Tenth round, scored once after it: direct
    // unchanged (its tuning gains did not carry over); indirect F1 0.646, speakers 48/64 = 0.750,
    // wrong 8/80 = 0.100. The thresholds follow the figures rather than tune on this part
    assertThat(direct.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(direct.speakerAccuracy()).isGreaterThanOrEqualTo(0.74);
    assertThat(direct.wrongSpeakerRate()).isLessThanOrEqualTo(0.07);
    assertThat(indirect.f1()).isGreaterThanOrEqualTo(0.64);
    assertThat(indirect.speakerAccuracy()).isGreaterThanOrEqualTo(0.75);
    assertThat(indirect.wrongSpeakerRate()).isLessThanOrEqualTo(0.10);
  }

  private static final Path DICE_TRAIN =
      ROOT.resolve(
          "extract/src/test/resources/org/rassegna/extract/gold/dice-train-quotations.json");
  private static final Path DICE_HELD_OUT_2 =
      ROOT.resolve(
          "extract/src/test/resources/org/rassegna/extract/gold/dice-heldout2-quotations.json");

  /**
   * Local news, not Wikinews: 120 DICE articles (final digit 1) annotated blind on 2026-12-08
   * (issue-15g5), direct and indirect; tuning material.
   */
  @Test
  void diceTuningBatchDirectAndIndirect() throws Exception {
    Scores s = bothKinds(DICE_TRAIN);
    QuotationScore direct = s.direct();
    QuotationScore indirect = s.indirect();
    assertThat(direct.gold()).isEqualTo(155);
    assertThat(indirect.gold()).isEqualTo(44);
    // recorded 2026-12-08 before any rule was read on it (main 6d0ff6b): direct F1 0.955,
    // speakers 109/148 = 0.736, wrong 13/155 = 0.084; indirect F1 0.474, speakers 12/18, wrong
    // 1/32. Tenth round (issue-15d read its errors): direct F1 0.955, speakers 115/148 = 0.777,
    // wrong 7/155 = 0.045; indirect F1 0.494, speakers 12/19, wrong 1/33
    assertThat(direct.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(direct.speakerAccuracy()).isGreaterThanOrEqualTo(0.77);
    assertThat(direct.wrongSpeakerRate()).isLessThanOrEqualTo(0.05);
    assertThat(indirect.f1()).isGreaterThanOrEqualTo(0.49);
    assertThat(indirect.speakerAccuracy()).isGreaterThanOrEqualTo(0.63);
    assertThat(indirect.wrongSpeakerRate()).isLessThanOrEqualTo(0.04);
    assertThat(s.unclean()).isLessThanOrEqualTo(0);
  }

  /**
   * 110 DICE articles (final digit 7, after the first held-out 12) annotated blind on 2026-12-08
   * (issue-15g4), direct and indirect; held out, its errors never read.
   */
  @Test
  void diceSecondHeldOutBatchDirectAndIndirect() throws Exception {
    assumeTrue(HELD_OUT_SCORED, "held-out parts not scored");
    Scores s = bothKinds(DICE_HELD_OUT_2);
    QuotationScore direct = s.direct();
    QuotationScore indirect = s.indirect();
    assertThat(direct.gold()).isEqualTo(129);
    assertThat(indirect.gold()).isEqualTo(36);
    // recorded 2026-12-08 with the ninth round's rules (main 6d0ff6b): direct F1 0.977, speakers
    // 90/127 = 0.709, wrong 8/131 = 0.061; indirect F1 0.603, speakers 14/19, wrong 3/27. Tenth
    // round, scored once after it: direct F1 0.977, speakers 89/127 = 0.701, wrong 8/131 = 0.061;
    // indirect F1 0.594, speakers 14/19 = 0.737, wrong 2/28 = 0.071. The rules do not carry over
    // from Wikinews prose to local news: see gold/README.md
    assertThat(direct.f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(direct.speakerAccuracy()).isGreaterThanOrEqualTo(0.70);
    assertThat(direct.wrongSpeakerRate()).isLessThanOrEqualTo(0.07);
    assertThat(indirect.f1()).isGreaterThanOrEqualTo(0.59);
    assertThat(indirect.speakerAccuracy()).isGreaterThanOrEqualTo(0.73);
    assertThat(indirect.wrongSpeakerRate()).isLessThanOrEqualTo(0.08);
  }

  /**
   * One gold file's scores, and how many speakers found are shown by a text that is no clean phrase
   * ({@link SpeakerPhrases}).
   */
  private record Scores(QuotationScore direct, QuotationScore indirect, int unclean) {}

  private static Scores bothKinds(Path goldFile) throws Exception {
    assumeTrue(Files.exists(SHARED.resolve("data/kind/kind-wn-news-dev.tsv")), "no shared data");
    QuotationGold gold = QuotationGold.read(goldFile, ROOT, SHARED);
    Annotator annotator = new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE);
    QuoteExtractor extractor = new ItalianQuoteExtractor();
    Map<String, List<Quotation>> found = new LinkedHashMap<>();
    int unclean = 0;
    for (QuotationGold.GoldArticle a : gold.articles()) {
      try {
        AnnotatedArticle annotated = annotator.annotate(Article.of(a.id(), a.text()));
        found.put(a.id(), extractor.extract(annotated));
        unclean += SpeakerPhrases.unclean(annotated, found.get(a.id()));
      } catch (RuntimeException e) {
        // as eval extract does: reported, its gold quotations count as missed
        System.out.printf(Locale.ROOT, "%s %s: annotation failed: %s%n", gold.corpus(), a.id(), e);
      }
    }
    Map<Quotation.Kind, QuotationScore> scores = new EnumMap<>(Quotation.Kind.class);
    for (Quotation.Kind kind : Quotation.Kind.values()) {
      QuotationScore s = QuotationScore.of(gold, found, kind);
      scores.put(kind, s);
      System.out.printf(
          Locale.ROOT,
          "%s %s: gold %d, found %d, matched %d: F1 %.3f; speakers %d/%d = %.3f, wrong %d/%d%n",
          gold.corpus(),
          kind,
          s.gold(),
          s.found(),
          s.matched(),
          s.f1(),
          s.speakersRight(),
          s.matched(),
          s.speakerAccuracy(),
          s.speakersWrong(),
          s.found());
    }
    System.out.printf(
        Locale.ROOT, "%s: speaker texts not a clean phrase %d%n", gold.corpus(), unclean);
    return new Scores(
        scores.get(Quotation.Kind.DIRECT), scores.get(Quotation.Kind.INDIRECT), unclean);
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
