package org.rassegna.pipeline;

import org.rassegna.annotate.ParallelAnnotator;
import org.rassegna.cluster.ClusterParameters;
import org.rassegna.dedup.DedupConfig;

/**
 * The settings of the stages that keep state, and the threads that annotate. A store holds the
 * state the stages made, so one store is used with one dedup and cluster configuration: changing it
 * half-way would cluster the later articles differently from the earlier ones. The number of
 * threads changes nothing but the speed (annotations come back in the batch's order).
 *
 * @param threads threads annotating a batch, at least 1
 */
public record PipelineConfig(DedupConfig dedup, ClusterParameters cluster, int threads) {

  public static final PipelineConfig DEFAULT =
      new PipelineConfig(
          DedupConfig.DEFAULT, ClusterParameters.DEFAULT, ParallelAnnotator.defaultThreads());

  public PipelineConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  public PipelineConfig withCluster(ClusterParameters parameters) {
    return new PipelineConfig(dedup, parameters, threads);
  }

  public PipelineConfig withDedup(DedupConfig config) {
    return new PipelineConfig(config, cluster, threads);
  }

  public PipelineConfig withThreads(int n) {
    return new PipelineConfig(dedup, cluster, n);
  }
}
