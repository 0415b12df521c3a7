package org.rassegna.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** A local Spark of two executor threads for tests, and the reading of the job's outputs. */
final class LocalSpark {

  private LocalSpark() {}

  static JavaSparkContext start() {
    return new JavaSparkContext(
        new SparkConf()
            .setMaster("local[2]")
            .setAppName("rassegna-test")
            .set("spark.ui.enabled", "false")
            .set("spark.driver.host", "127.0.0.1"));
  }

  /** The job over {@code input} with Lucene's analysis, on a local Spark started for it. */
  static SparkJob.Result runLucene(Path input, Path out) {
    try (JavaSparkContext sc = start()) {
      return SparkJob.run(
          sc,
          List.of(input),
          out.toUri().toString(),
          SparkJob.Settings.DEFAULT.withAnnotator(JobAnnotator.LUCENE));
    }
  }

  /** The lines of the part files of one output of the job. */
  static List<String> lines(Path out, String name) {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve(name))) {
      for (Path p :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
