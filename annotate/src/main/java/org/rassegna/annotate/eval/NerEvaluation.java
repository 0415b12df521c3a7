package org.rassegna.annotate.eval;

import java.util.ArrayList;
import java.util.List;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.model.Article;
import org.rassegna.model.Span;

/**
 * Runs the Italian annotator over gold sentences as it runs over articles: each sentence's tokens
 * are joined with spaces into a text, which our tokenizer splits its own way (articulated
 * prepositions into two words); each gold token then takes the label of our tokens over it.
 */
public final class NerEvaluation {

  private NerEvaluation() {}

  /** The predicted label of every gold token. */
  public static List<List<String>> predict(CoreNlpItalianAnnotator annotator, NerGold gold) {
    List<List<String>> out = new ArrayList<>(gold.words().size());
    for (int s = 0; s < gold.words().size(); s++) {
      StringBuilder text = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      for (String w : gold.words().get(s)) {
        if (text.length() > 0) {
          text.append(' ');
        }
        spans.add(new Span(text.length(), text.length() + w.length()));
        text.append(w);
      }
      out.add(annotator.labelsAt(Article.of("sentence-" + (s + 1), text.toString()), spans));
    }
    return out;
  }

  public static NerScores score(CoreNlpItalianAnnotator annotator, NerGold gold) {
    return NerScores.score(gold.tags(), predict(annotator, gold));
  }
}
