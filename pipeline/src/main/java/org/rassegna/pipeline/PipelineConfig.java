package org.rassegna.pipeline;

import org.rassegna.cluster.ClusterParameters;
import org.rassegna.dedup.DedupConfig;

/**
 * The settings of the stages that keep state. A store holds the state they made, so one store is
 * used with one configuration: changing it half-way would cluster the later articles differently
 * from the earlier ones.
 */
public record PipelineConfig(DedupConfig dedup, ClusterParameters cluster) {

  public static final PipelineConfig DEFAULT =
      new PipelineConfig(DedupConfig.DEFAULT, ClusterParameters.DEFAULT);

  public PipelineConfig withCluster(ClusterParameters parameters) {
    return new PipelineConfig(dedup, parameters);
  }

  public PipelineConfig withDedup(DedupConfig config) {
    return new PipelineConfig(config, cluster);
  }
}
