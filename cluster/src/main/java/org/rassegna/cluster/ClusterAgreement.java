package org.rassegna.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * How well predicted clusters agree with gold clusters over the same items.
 *
 * <p>B-cubed (Bagga and Baldwin): for each item, precision = |its predicted cluster ∩ its gold
 * cluster| / |its predicted cluster|, recall = the same over |its gold cluster|, each averaged over
 * the items; F1 from the two averages. Pairwise: over all pairs of items, precision = pairs
 * together in both / pairs together in the prediction, recall = the same over pairs together in the
 * gold.
 *
 * @param items the items scored
 * @param predictedClusters how many clusters the prediction has
 * @param goldClusters how many clusters the gold has
 */
public record ClusterAgreement(
    int items,
    int predictedClusters,
    int goldClusters,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    double pairwisePrecision,
    double pairwiseRecall,
    double pairwiseF1) {

  /**
   * Scores {@code predicted} against {@code gold}, each a map from item to cluster label; they must
   * have the same items.
   */
  public static ClusterAgreement of(Map<String, String> predicted, Map<String, String> gold) {
    if (!predicted.keySet().equals(gold.keySet())) {
      throw new IllegalArgumentException("predicted and gold clusters cover different items");
    }
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>(); // "predicted\0gold" -> items in both
    gold.forEach(
        (item, g) -> {
          String p = predicted.get(item);
          predictedSize.merge(p, 1, Integer::sum);
          goldSize.merge(g, 1, Integer::sum);
          both.merge(p + '\0' + g, 1, Integer::sum);
        });
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      double common = both.get(p + '\0' + e.getValue());
      precision += common / predictedSize.get(p);
      recall += common / goldSize.get(e.getValue());
    }
    int n = gold.size();
    double pairsBoth = both.values().stream().mapToDouble(ClusterAgreement::pairs).sum();
    double pairsPredicted =
        predictedSize.values().stream().mapToDouble(ClusterAgreement::pairs).sum();
    double pairsGold = goldSize.values().stream().mapToDouble(ClusterAgreement::pairs).sum();
    double pp = pairsPredicted == 0 ? 1 : pairsBoth / pairsPredicted;
    double pr = pairsGold == 0 ? 1 : pairsBoth / pairsGold;
    double bp = n == 0 ? 0 : precision / n;
    double br = n == 0 ? 0 : recall / n;
    return new ClusterAgreement(
        n, predictedSize.size(), goldSize.size(), bp, br, f1(bp, br), pp, pr, f1(pp, pr));
  }

  private static double pairs(int size) {
    return size * (size - 1) / 2.0;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
