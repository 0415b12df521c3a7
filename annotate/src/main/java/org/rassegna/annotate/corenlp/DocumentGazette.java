package org.rassegna.annotate.corenlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.sequences.FeatureFactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes CoreNLP's NER gazette feature look only at the gazette entries that can match the document
 * being labelled.
 *
 * <p>The Italian model's "clean gazette" feature keeps, for every word, every entry containing that
 * word (244,000 of them for "di") and compares each entry with the words around the token. An entry
 * can only match if all of its words occur in the document, so restricting the index to those
 * entries for the duration of one document gives the same features, hence the same labels, about
 * ten times faster. Finding those entries must itself be cheap for short documents, so every entry
 * is filed under its rarest word, and only the entries filed under the document's words are
 * checked. The index is a private field of {@link NERFeatureFactory}; it is replaced, once, by a
 * map that serves the restricted index of the current thread's document when there is one, and the
 * full index otherwise. The features of a token form a set, so the order of the entries does not
 * matter.
 */
final class DocumentGazette {

  private final Map<String, Collection<Object>> full;
  private final VarHandle wordsOf;

  /** Every (word, entry) of the index, filed under the entry's rarest word. */
  private final Map<String, List<Posting>> byRarestWord = new HashMap<>();

  private final ThreadLocal<@Nullable Map<String, Collection<Object>>> current =
      new ThreadLocal<>();

  private record Posting(String word, Object entry) {}

  private DocumentGazette(Map<String, Collection<Object>> full, VarHandle wordsOf) {
    this.full = full;
    this.wordsOf = wordsOf;
    for (Map.Entry<String, Collection<Object>> e : full.entrySet()) {
      for (Object entry : e.getValue()) {
        String rarest = e.getKey();
        for (String w : words(entry)) {
          if (size(w) < size(rarest)) {
            rarest = w;
          }
        }
        byRarestWord
            .computeIfAbsent(rarest, w -> new ArrayList<>())
            .add(new Posting(e.getKey(), entry));
      }
    }
  }

  private int size(String word) {
    Collection<Object> entries = full.get(word);
    return entries == null ? 0 : entries.size();
  }

  private String[] words(Object entry) {
    return (String[]) wordsOf.get(entry);
  }

  /** Installs the filter into every NER feature factory of {@code classifier}. */
  static DocumentGazette install(AbstractSequenceClassifier<?> classifier) {
    for (FeatureFactory<?> factory : classifier.featureFactories) {
      if (factory instanceof NERFeatureFactory<?> ner) {
        return Internals.replaceIndex(ner);
      }
    }
    throw new IllegalArgumentException("no NER feature factory in " + classifier);
  }

  /** Restricts the gazette to entries made of {@code documentWords} until the scope is closed. */
  Scope restrictTo(Set<String> documentWords) {
    Map<String, Collection<Object>> restricted = new HashMap<>();
    for (String word : documentWords) {
      for (Posting p : byRarestWord.getOrDefault(word, List.of())) {
        if (allIn(words(p.entry()), documentWords)) {
          restricted.computeIfAbsent(p.word(), w -> new ArrayList<>()).add(p.entry());
        }
      }
    }
    current.set(restricted);
    return current::remove;
  }

  private static boolean allIn(String[] words, Set<String> documentWords) {
    for (String w : words) {
      if (!documentWords.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Ends a restriction. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** What the feature factory sees in place of its index. */
  private final class Index extends AbstractMap<String, Collection<Object>> {

    @Override
    public @Nullable Collection<Object> get(Object word) {
      Map<String, Collection<Object>> restricted = current.get();
      return (restricted != null ? restricted : full).get(word);
    }

    @Override
    public Set<Entry<String, Collection<Object>>> entrySet() {
      return full.entrySet();
    }
  }

  /** The one place that reaches into CoreNLP's private fields. */
  @SuppressForbidden
  private static final class Internals {

    @SuppressWarnings("unchecked")
    static DocumentGazette replaceIndex(NERFeatureFactory<?> factory) {
      try {
        VarHandle index =
            MethodHandles.privateLookupIn(NERFeatureFactory.class, MethodHandles.lookup())
                .findVarHandle(NERFeatureFactory.class, "wordToGazetteInfos", Map.class);
        Class<?> infoClass =
            Class.forName(
                NERFeatureFactory.class.getName() + "$GazetteInfo",
                false,
                NERFeatureFactory.class.getClassLoader());
        VarHandle words =
            MethodHandles.privateLookupIn(infoClass, MethodHandles.lookup())
                .findVarHandle(infoClass, "words", String[].class);
        DocumentGazette gazette =
            new DocumentGazette((Map<String, Collection<Object>>) index.get(factory), words);
        index.set(factory, gazette.new Index());
        return gazette;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("this CoreNLP version keeps its gazette elsewhere", e);
      }
    }
  }
}
