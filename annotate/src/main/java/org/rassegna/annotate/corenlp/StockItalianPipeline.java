package org.rassegna.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's Italian pipeline as shipped (tokenizer, tagger and NER of the models artifact's
 * properties, with the full gazette), the baseline that benchmarks and tests compare with.
 */
public final class StockItalianPipeline {

  private final StanfordCoreNLP pipeline;

  public StockItalianPipeline() {
    Properties props = ItalianModels.shippedProperties();
    props.setProperty("annotators", "cdc_tokenize,pos,ner");
    pipeline = new StanfordCoreNLP(props, false);
  }

  /** The NER label of every token of {@code text}, in order. */
  public List<String> labels(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<String> out = new ArrayList<>();
    for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      out.add(t.ner() == null ? "O" : t.ner());
    }
    return out;
  }
}
