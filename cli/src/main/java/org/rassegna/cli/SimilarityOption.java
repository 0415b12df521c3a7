package org.rassegna.cli;

import org.rassegna.cluster.ClusterParameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --similarity}: the story clustering threshold, for every command that clusters. */
final class SimilarityOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private double similarity = ClusterParameters.DEFAULT.threshold();

  @Option(
      names = "--similarity",
      paramLabel = "X",
      description =
          "Score (0–1]: TF-IDF cosine of an article to an event's centroid, decayed by the time"
              + " since the event's latest article, at or above which the article joins the"
              + " event; also the cosine at which events join a storyline. Use the same for"
              + " every command over one store (default: ${DEFAULT-VALUE}).")
  void similarity(double x) {
    if (!(x > 0 && x <= 1)) {
      throw new ParameterException(spec.commandLine(), "--similarity must be in (0, 1]: " + x);
    }
    similarity = x;
  }

  double similarity() {
    return similarity;
  }
}
