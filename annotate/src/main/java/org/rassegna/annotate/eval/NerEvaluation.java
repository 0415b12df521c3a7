package org.rassegna.annotate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.model.Article;
import org.rassegna.model.Span;

/**
 * Runs the Italian annotator over gold sentences as it runs over articles: each sentence's tokens
 * are joined with spaces into a line, which our tokenizer splits its own way (articulated
 * prepositions into two words); each gold token then takes the label of our tokens over it. The
 * gold files mark no documents, so the lines are grouped into documents the way Wikinews articles
 * start: a sentence that does not end with punctuation (a headline, or a section heading) starts a
 * new one.
 */
public final class NerEvaluation {

  private NerEvaluation() {}

  /** What a sentence of a whole article ends with; a headline ends with none of it. */
  private static final Set<String> FINAL = Set.of(".", "!", "?", "»", "\"", ":", ";", ",", ")");

  /** The predicted label of every gold token. */
  public static List<List<String>> predict(CoreNlpItalianAnnotator annotator, NerGold gold) {
    List<List<String>> out = new ArrayList<>(gold.words().size());
    for (List<Integer> document : documents(gold)) {
      StringBuilder text = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      for (int s : document) {
        if (text.length() > 0) {
          text.append('\n');
        }
        int lineStart = text.length();
        for (String w : gold.words().get(s)) {
          if (text.length() > lineStart) {
            text.append(' ');
          }
          spans.add(new Span(text.length(), text.length() + w.length()));
          text.append(w);
        }
      }
      List<String> labels =
          annotator.labelsAt(Article.of("document-" + document.get(0), text.toString()), spans);
      int from = 0;
      for (int s : document) {
        int size = gold.words().get(s).size();
        out.add(labels.subList(from, from + size));
        from += size;
      }
    }
    return out;
  }

  /** The gold sentences grouped into documents, each a list of sentence indexes in order. */
  public static List<List<Integer>> documents(NerGold gold) {
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int s = 0; s < gold.words().size(); s++) {
      List<String> words = gold.words().get(s);
      if (!current.isEmpty() && !FINAL.contains(words.get(words.size() - 1))) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(s);
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  public static NerScores score(CoreNlpItalianAnnotator annotator, NerGold gold) {
    return NerScores.score(gold.tags(), predict(annotator, gold));
  }
}
