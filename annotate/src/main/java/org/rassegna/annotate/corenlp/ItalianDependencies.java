package org.rassegna.annotate.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 */
public final class ItalianDependencies {

  private static @Nullable CompletableFuture<ItalianDependencies> shared;

  private final DependencyParser parser;

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

  private ItalianDependencies() {
    parser =
        DependencyParser.loadFromModelFile(
            ItalianModels.shippedProperties().getProperty("depparse.model"));
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
