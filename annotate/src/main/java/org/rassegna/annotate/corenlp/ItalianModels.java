package org.rassegna.annotate.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * CoreNLP's Italian models, loaded once per JVM (they take seconds to load, the NER model beside
 * the rest): from the {@code models-italian} artifact the tokenizer with its multi-word splitter,
 * the part-of-speech tagger and the NER classifier (in its {@linkplain CompactNerModel compact
 * form}, made at build time) with its gazette made {@linkplain DocumentGazette
 * document-restricted}.
 */
public final class ItalianModels {

  static final String PROPERTIES = "StanfordCoreNLP-italian.properties";

  private static @Nullable ItalianModels shared;

  final StanfordCoreNLP tokensAndTags;
  final CRFClassifier<CoreLabel> entities;
  final DocumentGazette gazette;

  /** Seconds from the start of loading until all was loaded. */
  private final double loadSeconds;

  private final double tokensAndTagsSeconds;
  private final double entitiesSeconds;

  /** The NER model with its gazette made document-restricted, and the seconds it took. */
  private record Entities(CRFClassifier<CoreLabel> crf, DocumentGazette gazette, double seconds) {}

  private ItalianModels() {
    long start = System.nanoTime();
    Properties props = shippedProperties();
    props.setProperty("annotators", "cdc_tokenize,pos");
    // the NER model loads on another core while the tokenizer and tagger do
    CompletableFuture<Entities> ner =
        CompletableFuture.supplyAsync(ItalianModels::loadEntities, LoadThreads.named("entities"));
    tokensAndTags = new StanfordCoreNLP(props, false);
    tokensAndTagsSeconds = (System.nanoTime() - start) / 1e9;
    Entities loaded;
    try {
      loaded = ner.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    entities = loaded.crf();
    gazette = loaded.gazette();
    entitiesSeconds = loaded.seconds();
    loadSeconds = (System.nanoTime() - start) / 1e9;
  }

  private static Entities loadEntities() {
    long start = System.nanoTime();
    CompactNerModel.Parts parts = CompactNerModel.load();
    DocumentGazette gazette = DocumentGazette.install(parts.crf(), parts.gazette());
    return new Entities(parts.crf(), gazette, (System.nanoTime() - start) / 1e9);
  }

  /** The models, loading them on first use. */
  public static synchronized ItalianModels shared() {
    if (shared == null) {
      shared = new ItalianModels();
    }
    return shared;
  }

  /** Seconds from the start of loading until all was loaded. */
  public double loadSeconds() {
    return loadSeconds;
  }

  /** Seconds the tokenizer and part-of-speech tagger took to load. */
  public double tokensAndTagsSeconds() {
    return tokensAndTagsSeconds;
  }

  /** Seconds the NER model took to load, beside the tagger. */
  public double entitiesSeconds() {
    return entitiesSeconds;
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
