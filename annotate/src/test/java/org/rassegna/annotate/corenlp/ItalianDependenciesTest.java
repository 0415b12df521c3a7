package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TypedDependency;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.annotate.time.TimeTagger;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Sentence;
import org.rassegna.model.Token;

class ItalianDependenciesTest {

  /**
   * The products made word by word give the parses of CoreNLP's parser as shipped (all products
   * made at load), on every sentence of the seeds, and the products made are the same.
   */
  @Test
  void parsesAsTheStockParser() throws IOException, ReflectiveOperationException {
    CoreNlpItalianAnnotator annotator =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE);
    DependencyParser stock =
        DependencyParser.loadFromModelFile(
            ItalianModels.shippedProperties().getProperty("depparse.model"));
    int sentences = 0;
    for (Article seed : SharedData.seeds()) {
      AnnotatedArticle a = annotator.annotate(seed);
      for (Sentence s : a.sentences()) {
        List<Token> words = a.tokens().stream().filter(t -> s.span().contains(t.span())).toList();
        ItalianDependencies.Parse lazy = ItalianDependencies.shared().parse(words);
        ItalianDependencies.Parse shipped = parse(stock, words);
        assertThat(lazy.head()).as(a.textOf(s)).containsExactly(shipped.head());
        assertThat(lazy.relation()).as(a.textOf(s)).containsExactly(shipped.relation());
        sentences++;
      }
    }
    assertThat(sentences).isGreaterThan(50);
    // and the products made so far are CoreNLP's to the last bit
    double[][] made =
        (double[][])
            field(ItalianDependencies.class, "saved", double[][].class)
                .get(ItalianDependencies.shared());
    Classifier classifier =
        (Classifier) field(DependencyParser.class, "classifier", Classifier.class).get(stock);
    double[][] shipped =
        (double[][]) field(Classifier.class, "saved", double[][].class).get(classifier);
    int compared = 0;
    for (int row = 0; row < made.length; row++) {
      if (made[row] != null) {
        assertThat(made[row]).as("row " + row).containsExactly(shipped[row]);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(1000).isLessThan(made.length / 2);
  }

  private static VarHandle field(Class<?> owner, String name, Class<?> type)
      throws ReflectiveOperationException {
    return MethodHandles.privateLookupIn(owner, MethodHandles.lookup())
        .findVarHandle(owner, name, type);
  }

  /** The parse of {@code words} by the stock parser. */
  private static ItalianDependencies.Parse parse(DependencyParser stock, List<Token> words) {
    List<CoreLabel> labels = new ArrayList<>();
    for (Token t : words) {
      CoreLabel w = new CoreLabel();
      w.setWord(t.text());
      w.setValue(t.text());
      w.setTag(t.pos());
      w.setIndex(labels.size() + 1);
      labels.add(w);
    }
    int[] head = new int[words.size()];
    String[] relation = new String[words.size()];
    Arrays.fill(head, -1);
    Arrays.fill(relation, "");
    for (TypedDependency d : stock.predict(labels).typedDependencies()) {
      head[d.dep().index() - 1] = d.gov().index() - 1;
      relation[d.dep().index() - 1] = d.reln().toString();
    }
    return new ItalianDependencies.Parse(head, relation);
  }
}
