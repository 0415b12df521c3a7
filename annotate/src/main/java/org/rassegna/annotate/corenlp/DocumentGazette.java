package org.rassegna.annotate.corenlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.sequences.FeatureFactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 * ten times faster. Finding those entries must itself be cheap for short documents, so every
 * gazette line is filed under its rarest word, and only the lines filed under the document's words
 * are checked. The index is a private field of {@link NERFeatureFactory}; it is replaced, once, by
 * a map that serves the restricted index of the current thread's document when there is one, and
 * the full index otherwise. The features of a token form a set, so the order of the entries does
 * not matter.
 *
 * <p>CoreNLP files a line of n words as n entries per feature ({@code LOC-GAZ}, {@code LOC-GAZ2}),
 * entry i holding the line's words and the position i; the entries of one line share its array of
 * words. The index here files only the entries at position 0 (about 2 million of the 5 million),
 * and a restriction makes the entries at the other positions anew, equal field by field to
 * CoreNLP's: filing every entry took several seconds of the model's load.
 */
final class DocumentGazette {

  private final Map<String, Collection<Object>> full;
  private final Fields fields;

  /** The entries at position 0, filed under the rarest word of their line. */
  private final Map<String, List<Object>> byRarestWord = new HashMap<>();

  private final ThreadLocal<@Nullable Map<String, Collection<Object>>> current =
      new ThreadLocal<>();

  private DocumentGazette(Map<String, Collection<Object>> full, Fields fields) {
    this.full = full;
    this.fields = fields;
    for (Collection<Object> entries : full.values()) {
      for (Object entry : entries) {
        if (fields.loc(entry) == 0) {
          String[] words = fields.words(entry);
          String rarest = words[0];
          int rarestSize = size(rarest);
          for (int i = 1; i < words.length; i++) {
            int size = size(words[i]);
            if (size < rarestSize) {
              rarest = words[i];
              rarestSize = size;
            }
          }
          byRarestWord.computeIfAbsent(rarest, w -> new ArrayList<>()).add(entry);
        }
      }
    }
  }

  private int size(String word) {
    Collection<Object> entries = full.get(word);
    return entries == null ? 0 : entries.size();
  }

  /** Installs the filter into every NER feature factory of {@code classifier}. */
  static DocumentGazette install(AbstractSequenceClassifier<?> classifier) {
    for (FeatureFactory<?> factory : classifier.featureFactories) {
      if (factory instanceof NERFeatureFactory<?> ner) {
        return Fields.replaceIndex(ner);
      }
    }
    throw new IllegalArgumentException("no NER feature factory in " + classifier);
  }

  /** Restricts the gazette to entries made of {@code documentWords} until the scope is closed. */
  Scope restrictTo(Set<String> documentWords) {
    Map<String, Collection<Object>> restricted = new HashMap<>();
    for (String word : documentWords) {
      for (Object first : byRarestWord.getOrDefault(word, List.of())) {
        String[] words = fields.words(first);
        if (allIn(words, documentWords)) {
          for (int i = 0; i < words.length; i++) {
            restricted
                .computeIfAbsent(words[i], w -> new ArrayList<>())
                .add(i == 0 ? first : fields.atPosition(first, i));
          }
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

  /** The one place that reaches into CoreNLP's private fields and its private entry class. */
  @SuppressForbidden
  private record Fields(VarHandle words, VarHandle loc, VarHandle feature, MethodHandle make) {

    String[] words(Object entry) {
      return (String[]) words.get(entry);
    }

    int loc(Object entry) {
      return (int) loc.get(entry);
    }

    /** The entry of {@code first}'s line and feature at position {@code i}. */
    Object atPosition(Object first, int i) {
      try {
        return make.invoke((String) feature.get(first), i, words(first));
      } catch (Throwable e) {
        throw new IllegalStateException("cannot make a gazette entry", e);
      }
    }

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
        MethodHandles.Lookup info =
            MethodHandles.privateLookupIn(infoClass, MethodHandles.lookup());
        Fields fields =
            new Fields(
                info.findVarHandle(infoClass, "words", String[].class),
                info.findVarHandle(infoClass, "loc", int.class),
                info.findVarHandle(infoClass, "feature", String.class),
                info.findConstructor(
                    infoClass,
                    MethodType.methodType(void.class, String.class, int.class, String[].class)));
        DocumentGazette gazette =
            new DocumentGazette((Map<String, Collection<Object>>) index.get(factory), fields);
        index.set(factory, gazette.new Index());
        return gazette;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("this CoreNLP version keeps its gazette elsewhere", e);
      }
    }
  }
}
