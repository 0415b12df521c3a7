package org.rassegna.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PER/ORG/LOC labels (IO: one label per token, {@code O} outside) for the tokens of one document:
 * CoreNLP's Italian CRF with its gazette restricted to the document's words.
 */
final class ItalianEntityTagger {

  private final ItalianModels models;

  ItalianEntityTagger(ItalianModels models) {
    this.models = models;
  }

  /** Labels for CoreNLP tokens, one list per sentence. */
  List<List<String>> label(List<List<CoreLabel>> sentences) {
    Set<String> vocabulary = new HashSet<>();
    sentences.forEach(s -> s.forEach(t -> vocabulary.add(t.word())));
    List<List<String>> out = new ArrayList<>(sentences.size());
    DocumentGazette.Scope scope = models.gazette.restrictTo(vocabulary);
    try {
      for (List<CoreLabel> tokens : sentences) {
        List<String> labels = new ArrayList<>(tokens.size());
        for (CoreLabel answer : models.entities.classifySentence(tokens)) {
          String label = answer.get(CoreAnnotations.AnswerAnnotation.class);
          labels.add(label == null ? "O" : label);
        }
        out.add(labels);
      }
    } finally {
      scope.close();
    }
    return out;
  }
}
