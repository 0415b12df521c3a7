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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
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
 * ten times faster. The lines that can match are found in the {@link CompactGazette}, where every
 * line is filed under its rarest word: only the lines filed under the document's words are checked.
 * The index is a private field of {@link NERFeatureFactory}; it is replaced, once, by a map that
 * serves the restricted index of the current thread's document. The model is loaded without its own
 * gazette ({@link CompactNerModel}), so there is no full index: a look-up outside a restriction is
 * an error. The features of a token form a set, so the order of the entries does not matter.
 *
 * <p>The entries of a restriction are made anew, equal field by field to CoreNLP's: for a line of n
 * words, the features {@code CLASS-GAZ} and {@code CLASS-GAZn} at every position i, each filed
 * under the line's word i and all holding one array of the line's words.
 */
final class DocumentGazette {

  private final CompactGazette lines;
  private final Fields fields;

  private final ThreadLocal<@Nullable Map<String, Collection<Object>>> current =
      new ThreadLocal<>();

  private DocumentGazette(CompactGazette lines, Fields fields) {
    this.lines = lines;
    this.fields = fields;
  }

  /** Installs the filter over {@code lines} into the NER feature factory of {@code classifier}. */
  static DocumentGazette install(AbstractSequenceClassifier<?> classifier, CompactGazette lines) {
    Fields fields = Fields.reach();
    DocumentGazette gazette = new DocumentGazette(lines, fields);
    fields.setIndex(nerFeatures(classifier), gazette.new Index());
    return gazette;
  }

  /** The NER feature factory of {@code classifier}, which holds the gazette. */
  static NERFeatureFactory<?> nerFeatures(AbstractSequenceClassifier<?> classifier) {
    for (FeatureFactory<?> factory : classifier.featureFactories) {
      if (factory instanceof NERFeatureFactory<?> ner) {
        return ner;
      }
    }
    throw new IllegalArgumentException("no NER feature factory in " + classifier);
  }

  /** Restricts the gazette to entries made of {@code documentWords} until the scope is closed. */
  Scope restrictTo(Set<String> documentWords) {
    // the document's words that some line holds, sorted by id (the id above, the word's index
    // below), to look the lines' word ids up
    String[] words = documentWords.toArray(String[]::new);
    long[] pairs = new long[words.length];
    int known = 0;
    for (int i = 0; i < words.length; i++) {
      int id = lines.id(words[i]);
      if (id >= 0) {
        pairs[known++] = (long) id << 32 | i;
      }
    }
    Arrays.sort(pairs, 0, known);
    int[] ids = new int[known];
    String[] byId = new String[known];
    for (int k = 0; k < known; k++) {
      ids[k] = (int) (pairs[k] >>> 32);
      byId[k] = words[(int) pairs[k]];
    }

    Map<String, Collection<Object>> restricted = new HashMap<>();
    for (int id : ids) {
      for (int l = lines.firstLineOf(id); l < lines.endLineOf(id); l++) {
        String[] line = wordsIfAllIn(l, ids, byId);
        if (line != null) {
          String c = lines.lineClass(l);
          String any = CompactGazette.feature(c);
          String ofLength = CompactGazette.feature(c, line.length);
          for (int i = 0; i < line.length; i++) {
            Collection<Object> entries =
                restricted.computeIfAbsent(line[i], w -> new ArrayList<>());
            entries.add(fields.entry(any, i, line));
            entries.add(fields.entry(ofLength, i, line));
          }
        }
      }
    }
    current.set(restricted);
    return current::remove;
  }

  /** The words of line {@code l} as the document's strings, or null if one is not in it. */
  private String @Nullable [] wordsIfAllIn(int l, int[] ids, String[] byId) {
    int start = lines.lineStart(l);
    String[] out = new String[lines.lineEnd(l) - start];
    for (int i = 0; i < out.length; i++) {
      int at = Arrays.binarySearch(ids, lines.lineWord(start + i));
      if (at < 0) {
        return null;
      }
      out[i] = byId[at];
    }
    return out;
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
      if (restricted == null) {
        throw new IllegalStateException("the NER gazette is read only within restrictTo");
      }
      return restricted.get(word);
    }

    @Override
    public Set<Entry<String, Collection<Object>>> entrySet() {
      throw new UnsupportedOperationException("the NER gazette has no full index");
    }
  }

  /** The one place that reaches into CoreNLP's private fields and its private entry class. */
  @SuppressForbidden
  record Fields(
      VarHandle index, VarHandle words, VarHandle loc, VarHandle feature, MethodHandle make) {

    String[] words(Object entry) {
      return (String[]) words.get(entry);
    }

    int loc(Object entry) {
      return (int) loc.get(entry);
    }

    String feature(Object entry) {
      return (String) feature.get(entry);
    }

    /** A gazette entry: {@code feature} for the word at position {@code loc} of {@code words}. */
    Object entry(String feature, int loc, String[] words) {
      try {
        return make.invoke(feature, loc, words);
      } catch (Throwable e) {
        throw new IllegalStateException("cannot make a gazette entry", e);
      }
    }

    /** The factory's gazette index: each word's entries. */
    @SuppressWarnings("unchecked")
    Map<String, Collection<Object>> index(NERFeatureFactory<?> factory) {
      return (Map<String, Collection<Object>>) index.get(factory);
    }

    void setIndex(NERFeatureFactory<?> factory, Map<String, Collection<Object>> map) {
      index.set(factory, map);
    }

    static Fields reach() {
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
        return new Fields(
            index,
            info.findVarHandle(infoClass, "words", String[].class),
            info.findVarHandle(infoClass, "loc", int.class),
            info.findVarHandle(infoClass, "feature", String.class),
            info.findConstructor(
                infoClass,
                MethodType.methodType(void.class, String.class, int.class, String[].class)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("this CoreNLP version keeps its gazette elsewhere", e);
      }
    }
  }
}
