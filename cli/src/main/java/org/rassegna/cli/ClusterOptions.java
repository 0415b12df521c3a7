package org.rassegna.cli;

import java.util.Map;
import org.rassegna.cluster.ClusterParameters;
import picocli.CommandLine.Option;

/**
 * The clusterer's settings as options, shared by {@code eval clusters} and {@code bench cluster}.
 */
final class ClusterOptions {

  @Option(
      names = "--threshold",
      paramLabel = "X",
      description = "Event similarity threshold in (0, 1] (default: ${DEFAULT-VALUE}).")
  double threshold = ClusterParameters.DEFAULT.threshold();

  @Option(
      names = "--size-exponent",
      paramLabel = "B",
      description =
          "Size prior: an event of n articles has its score multiplied by n^B, in [0, 1)"
              + " (default: ${DEFAULT-VALUE}).")
  double sizeExponent = ClusterParameters.DEFAULT.sizeExponent();

  @Option(
      names = "--half-life-hours",
      paramLabel = "H",
      description =
          "Hours of silence after which an event's pull on a new article halves"
              + " (default: ${DEFAULT-VALUE}).")
  double halfLifeHours = ClusterParameters.DEFAULT.halfLifeHours();

  @Option(
      names = "--dormant-after-hours",
      paramLabel = "H",
      description =
          "Hours of silence after which an event takes no more articles"
              + " (default: ${DEFAULT-VALUE}).")
  double dormantAfterHours = ClusterParameters.DEFAULT.dormantAfterHours();

  @Option(
      names = "--dormant-after-articles",
      paramLabel = "N",
      description =
          "Articles seen after which a silent event closes, dated or not"
              + " (default: ${DEFAULT-VALUE}).")
  int dormantAfterArticles = ClusterParameters.DEFAULT.dormantAfterArticles();

  @Option(
      names = "--storyline-dormant-after-stories",
      paramLabel = "N",
      description =
          "Stories closed after which a silent storyline takes no more, dated or not"
              + " (default: ${DEFAULT-VALUE}).")
  int storylineDormantAfterStories = ClusterParameters.DEFAULT.storylineDormantAfterStories();

  @Option(
      names = "--min-mean-cosine",
      paramLabel = "X",
      description =
          "Mean cosine with an event's members that an article with a body's length of terms"
              + " needs to join it, in [0, 1]; 0 turns the check off (default: ${DEFAULT-VALUE}).")
  double minMeanCosine = ClusterParameters.DEFAULT.minMeanCosine();

  @Option(
      names = "--min-shared-specific",
      paramLabel = "N",
      description =
          "Specific keys (rare words, figures with their noun, runs of three content words) two"
              + " bodies of text must share to stay in one event when a closed event is split in"
              + " a second pass; 0 turns the pass off (default: ${DEFAULT-VALUE}).")
  int minSharedSpecific = ClusterParameters.DEFAULT.minSharedSpecific();

  @Option(
      names = "--conflict-factor",
      paramLabel = "X",
      description =
          "Factor on an event's score for an article whose figures or days conflict with the"
              + " event's (the same counted noun with other numbers only, or other days), in"
              + " [0, 1]; 1 turns the evidence off (default: ${DEFAULT-VALUE}).")
  double conflictFactor = ClusterParameters.DEFAULT.conflictFactor();

  /** The defaults with these options applied. */
  ClusterParameters parameters() {
    return ClusterParameters.DEFAULT
        .withThreshold(threshold)
        .withSizeExponent(sizeExponent)
        .withTime(halfLifeHours, dormantAfterHours)
        .withDormantAfterArticles(dormantAfterArticles)
        .withStorylineDormantAfterStories(storylineDormantAfterStories)
        .withMinMeanCosine(minMeanCosine)
        .withMinSharedSpecific(minSharedSpecific)
        .withConflictFactor(conflictFactor);
  }

  /** Adds the settings to a command's metrics, so a figure is never read without them. */
  void addTo(Map<String, Object> metrics) {
    metrics.put("threshold", threshold);
    metrics.put("size_exponent", sizeExponent);
    metrics.put("half_life_hours", halfLifeHours);
    metrics.put("dormant_after_hours", dormantAfterHours);
    metrics.put("dormant_after_articles", dormantAfterArticles);
    metrics.put("storyline_dormant_after_stories", storylineDormantAfterStories);
    metrics.put("min_mean_cosine", minMeanCosine);
    metrics.put("min_shared_specific", minSharedSpecific);
    metrics.put("conflict_factor", conflictFactor);
  }
}
