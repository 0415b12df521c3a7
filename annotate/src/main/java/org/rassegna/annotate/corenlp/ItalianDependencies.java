package org.rassegna.annotate.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Token;

/**
 * CoreNLP's Italian neural dependency parser (Universal Dependencies, {@code UD_Italian.gz} of the
 * {@code models-italian} artifact), loaded once per JVM on first use: it takes tens of seconds, so
 * callers parse only the few sentences that need it. It reads the words and the part-of-speech tags
 * the Italian annotator already gave.
 *
 * <p>CoreNLP adds up, for each of the 20,000 commonest (word or tag, feature position) pairs of the
 * model, its hidden-layer product ahead: 2-3 s of CPU at load, for a brief that may parse a few
 * hundred sentences. Here the products of tags and labels (a few thousand) are made at load and
 * those of a word before the first sentence that holds it, by the same arithmetic as CoreNLP's, so
 * the parses are the same ({@code ItalianDependenciesTest}).
 */
public final class ItalianDependencies {

  private static @Nullable CompletableFuture<ItalianDependencies> shared;

  /** Features per parser state: 18 of words, 18 of tags, 12 of labels. */
  private static final int FEATURES = Config.numTokens;

  /** The words a parser state's features take besides the sentence's own. */
  private static final List<String> SPECIAL_WORDS =
      List.of(Config.ROOT, Config.NULL, Config.UNKNOWN);

  private final DependencyParser parser;

  /** The model's products of word and position, by feature id, filled as words come. */
  private final double[][] saved;

  private final Map<Integer, Integer> preMap;
  private final float[][] w1;
  private final float[][] embeddings;

  /**
   * One parsed sentence.
   *
   * @param head per token, the index of its head in the sentence, or -1 for the root
   * @param relation per token, its relation to the head ({@code nsubj}, {@code conj} …)
   */
  public record Parse(int[] head, String[] relation) {

    /** The tokens whose head is {@code i}. */
    public List<Integer> dependents(int i) {
      List<Integer> out = new ArrayList<>();
      for (int k = 0; k < head.length; k++) {
        if (head[k] == i) {
          out.add(k);
        }
      }
      return out;
    }
  }

  @SuppressWarnings("unchecked")
  private ItalianDependencies() {
    // with none to pre-compute, CoreNLP neither makes the products nor lists them: listed here
    Properties none = new Properties();
    none.setProperty("numPreComputed", "0");
    parser =
        DependencyParser.loadFromModelFile(
            ItalianModels.shippedProperties().getProperty("depparse.model"), none);
    try {
      MethodHandles.Lookup inParser =
          MethodHandles.privateLookupIn(DependencyParser.class, MethodHandles.lookup());
      MethodHandles.Lookup inClassifier =
          MethodHandles.privateLookupIn(Classifier.class, MethodHandles.lookup());
      Classifier classifier =
          (Classifier)
              inParser
                  .findVarHandle(DependencyParser.class, "classifier", Classifier.class)
                  .get(parser);
      List<Integer> listed =
          (List<Integer>)
              inParser.findVarHandle(DependencyParser.class, "preComputed", List.class).get(parser);
      preMap =
          (Map<Integer, Integer>)
              inClassifier.findVarHandle(Classifier.class, "preMap", Map.class).get(classifier);
      int shipped = new Config(new Properties()).numPreComputed; // as many as CoreNLP makes
      for (int i = 0; i < Math.min(listed.size(), shipped); i++) {
        preMap.put(listed.get(i), i);
      }
      saved = new double[preMap.size()][];
      inClassifier
          .findVarHandle(Classifier.class, "saved", double[][].class)
          .set(classifier, saved);
      w1 = classifier.getW1();
      embeddings = classifier.getE();
      BitSet words = new BitSet();
      ((Map<String, Integer>)
              inParser.findVarHandle(DependencyParser.class, "wordIDs", Map.class).get(parser))
          .values()
          .forEach(words::set);
      preMap.forEach(
          (feature, row) -> {
            if (!words.get(feature / FEATURES)) {
              saved[row] = product(feature);
            }
          });
      SPECIAL_WORDS.forEach(this::ensureProducts);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's dependency parser is not as expected", e);
    }
  }

  /**
   * The hidden-layer product of one (word or tag, position) feature, summed in CoreNLP's order
   * ({@code Classifier.preCompute}), so that the scores are the same to the last bit.
   */
  private double[] product(int feature) {
    float[] e = embeddings[feature / FEATURES];
    int offset = (feature % FEATURES) * e.length;
    double[] out = new double[w1.length];
    for (int j = 0; j < w1.length; j++) {
      double sum = 0;
      for (int k = 0; k < e.length; k++) {
        sum += w1[j][offset + k] * e[k];
      }
      out[j] = sum;
    }
    return out;
  }

  /** Makes the products of a word at every position, unless made; under the parser's lock. */
  private void ensureProducts(String word) {
    int id = parser.getWordID(word);
    for (int position = 0; position < FEATURES; position++) {
      Integer row = preMap.get(id * FEATURES + position);
      if (row != null && saved[row] == null) {
        saved[row] = product(id * FEATURES + position);
      }
    }
  }

  /** The parser, loading it on first use (or waiting for {@link #startLoading()}'s load). */
  public static ItalianDependencies shared() {
    try {
      return loading(Runnable::run).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * Starts loading the parser on a thread of its own, unless it is loaded or loading: a caller that
   * will parse later (a brief) loads it beside the annotation models instead of after them.
   */
  public static void startLoading() {
    loading(LoadThreads.named("parser"));
  }

  private static synchronized CompletableFuture<ItalianDependencies> loading(Executor executor) {
    if (shared == null) {
      shared = CompletableFuture.supplyAsync(ItalianDependencies::new, executor);
    }
    return shared;
  }

  /**
   * The parse of one sentence's tokens, in text order, each with its tag. A word the tokenizer
   * split ("nelle" = "in" + "le") comes as two tokens with the same span, and is parsed so.
   */
  public Parse parse(List<Token> sentence) {
    List<CoreLabel> words = new ArrayList<>(sentence.size());
    for (Token t : sentence) {
      CoreLabel w = new CoreLabel();
      w.setWord(t.text());
      w.setValue(t.text());
      w.setTag(t.pos());
      w.setIndex(words.size() + 1);
      words.add(w);
    }
    GrammaticalStructure gs;
    synchronized (parser) { // its feature cache is not shared safely between threads
      sentence.forEach(t -> ensureProducts(t.text()));
      gs = parser.predict(words);
    }
    int[] head = new int[words.size()];
    String[] relation = new String[words.size()];
    Arrays.fill(head, -1);
    Arrays.fill(relation, "");
    for (TypedDependency d : gs.typedDependencies()) {
      int dep = d.dep().index() - 1;
      head[dep] = d.gov().index() - 1;
      relation[dep] = d.reln().toString();
    }
    return new Parse(head, relation);
  }
}
