package org.rassegna.annotate.corenlp;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;

/**
 * The Italian NER model in the form the annotator loads: CoreNLP's CRF serialised without its
 * gazette, and the gazette as a {@link CompactGazette}. Both are made at build time (the annotate
 * module's {@code process-classes} phase runs {@link #main}) from the {@code models-italian}
 * artifact and go into the module's jar: CoreNLP's own form spends seconds of CPU and gigabytes of
 * allocation deserialising the gazette's 5 million entries, which this one reads as arrays.
 */
public final class CompactNerModel {

  static final String CRF = "italian-ner-crf.ser";
  static final String GAZETTE = "italian-ner-gazette.bin";

  private CompactNerModel() {}

  /** The CRF, without a gazette, and the gazette's lines. */
  record Parts(CRFClassifier<CoreLabel> crf, CompactGazette gazette) {}

  /**
   * Writes the compact model into the directory {@code args[0]} (the class path folder of this
   * package), unless it is there already and newer than the models artifact and this code.
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path crf = dir.resolve(CRF);
    Path gazette = dir.resolve(GAZETTE);
    String model = ItalianModels.shippedProperties().getProperty("ner.model");
    long inputs =
        Math.max(
            modified(resource(model)),
            Math.max(
                modified(resource(CompactNerModel.class)),
                modified(resource(CompactGazette.class))));
    if (Files.exists(crf)
        && Files.exists(gazette)
        && Files.getLastModifiedTime(crf).toMillis() > inputs
        && Files.getLastModifiedTime(gazette).toMillis() > inputs) {
      System.out.println("compact NER model up to date in " + dir);
      return;
    }
    long start = System.nanoTime();
    CRFClassifier<CoreLabel> stock = CRFClassifier.getClassifier(model);
    NERFeatureFactory<?> features = DocumentGazette.nerFeatures(stock);
    DocumentGazette.Fields fields = DocumentGazette.Fields.reach();
    CompactGazette lines = CompactGazette.fromModel(fields.index(features), fields);
    Files.createDirectories(dir);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(gazette), 1 << 16)) {
      lines.write(out);
    }
    fields.setIndex(features, new HashMap<>());
    try (ObjectOutputStream out =
        new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(crf), 1 << 16))) {
      stock.serializeClassifier(out);
    }
    System.out.printf(
        Locale.ROOT,
        "compact NER model: %,d gazette lines of %,d words, CRF %,d bytes, gazette %,d bytes,"
            + " %.1f s%n",
        lines.lines(),
        lines.words(),
        Files.size(crf),
        Files.size(gazette),
        (System.nanoTime() - start) / 1e9);
  }

  /** Loads both parts from the class path. */
  static Parts load() {
    try (InputStream crf = open(CRF);
        InputStream gazette = open(GAZETTE)) {
      return new Parts(CRFClassifier.getClassifier(crf), CompactGazette.read(gazette));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the compact NER model does not match this CoreNLP", e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = CompactNerModel.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          name + " is not on the class path: the annotate module's build makes it");
    }
    return new BufferedInputStream(in, 1 << 16);
  }

  private static URL resource(String path) {
    URL url = CompactNerModel.class.getClassLoader().getResource(path);
    if (url == null) {
      throw new IllegalStateException(path + " is not on the class path");
    }
    return url;
  }

  private static URL resource(Class<?> c) {
    return resource(c.getName().replace('.', '/') + ".class");
  }

  /** When the file holding {@code url} (a jar's entry: the jar) was last modified. */
  private static long modified(URL url) throws IOException, URISyntaxException {
    URL file =
        "jar".equals(url.getProtocol())
            ? ((JarURLConnection) url.openConnection()).getJarFileURL()
            : url;
    return Files.getLastModifiedTime(Path.of(file.toURI())).toMillis();
  }
}
