package org.rassegna.annotate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.time.TimeTagger;

/**
 * Italian NER on KIND Wikinews dev (NERMuD), labels revised across documents: the recorded token
 * micro-F1.
 */
class ItalianNerEval {

  /** Recorded with {@code rassegna eval ner --gold ../shared/data/kind/kind-wn-news-dev.tsv}. */
  static final double RECORDED_TOKEN_MICRO_F1 = 0.8717;

  @Test
  void tokenMicroF1OnKindWikinewsDev() throws Exception {
    NerGold gold =
        NerGold.read(SharedData.file("kind/kind-wn-news-dev.tsv", SharedData.KIND_DEV_SHA256));
    assertThat(gold.words()).hasSize(1047);
    NerScores s =
        NerEvaluation.score(
            new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE), gold);
    assertThat(s.tokenMicroF1()).isGreaterThanOrEqualTo(RECORDED_TOKEN_MICRO_F1 - 0.0005);
  }
}
