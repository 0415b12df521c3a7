package org.rassegna.annotate.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * CoreNLP's Italian models, loaded from the {@code models-italian} artifact once per JVM (they take
 * seconds and a gigabyte of heap to load): the tokenizer with its multi-word splitter, the
 * part-of-speech tagger and the NER classifier with its gazette made {@linkplain DocumentGazette
 * document-restricted}.
 */
public final class ItalianModels {

  static final String PROPERTIES = "StanfordCoreNLP-italian.properties";

  private static @Nullable ItalianModels shared;

  final StanfordCoreNLP tokensAndTags;
  final CRFClassifier<CoreLabel> entities;
  final DocumentGazette gazette;

  /** Seconds it took to load. */
  private final double loadSeconds;

  private ItalianModels() {
    long start = System.nanoTime();
    Properties props = shippedProperties();
    props.setProperty("annotators", "cdc_tokenize,pos");
    tokensAndTags = new StanfordCoreNLP(props, false);
    try {
      entities = CRFClassifier.getClassifier(props.getProperty("ner.model"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the Italian NER model does not match this CoreNLP", e);
    }
    gazette = DocumentGazette.install(entities);
    loadSeconds = (System.nanoTime() - start) / 1e9;
  }

  /** The models, loading them on first use. */
  public static synchronized ItalianModels shared() {
    if (shared == null) {
      shared = new ItalianModels();
    }
    return shared;
  }

  public double loadSeconds() {
    return loadSeconds;
  }

  /** The pipeline properties shipped in the Italian models artifact. */
  static Properties shippedProperties() {
    Properties props = new Properties();
    try (InputStream in = ItalianModels.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException(PROPERTIES + " is not on the class path");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }
}
