package org.rassegna.annotate.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NER scores of predicted tags against gold tags. Token micro-F1 as NERMuD scores it: prefixes
 * {@code B-}/{@code I-} stripped, every token compared over PER, ORG and LOC ({@code O} excluded),
 * micro-averaged. Exact-entity precision, recall and F1 per type: an entity counts when its type
 * and both boundaries match; gold entities come from BIO, predicted ones from runs of one type (the
 * model labels IO, so two adjacent entities of one type are one run).
 *
 * @param tokenMicroF1 token micro-F1
 * @param entities exact-entity scores per type, and {@code "ALL"} micro-averaged
 */
public record NerScores(double tokenMicroF1, Map<String, Prf> entities) {

  /** Precision, recall and F1, with the counts they come from. */
  public record Prf(double precision, double recall, double f1, int gold, int predicted) {

    static Prf of(int correct, int gold, int predicted) {
      double p = predicted == 0 ? 0 : (double) correct / predicted;
      double r = gold == 0 ? 0 : (double) correct / gold;
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold, predicted);
    }
  }

  private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

  /** Scores {@code predicted} against {@code gold}, sentence by sentence. */
  public static NerScores score(List<List<String>> gold, List<List<String>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold sentences but " + predicted.size() + " predicted");
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    Set<String> goldEntities = new HashSet<>();
    Set<String> predictedEntities = new HashSet<>();
    for (int s = 0; s < gold.size(); s++) {
      List<String> g = gold.get(s);
      List<String> p = predicted.get(s);
      if (g.size() != p.size()) {
        throw new IllegalArgumentException("sentence " + s + ": token counts differ");
      }
      for (int i = 0; i < g.size(); i++) {
        String gt = type(g.get(i));
        String pt = type(p.get(i));
        if (!gt.equals("O") && gt.equals(pt)) {
          tp++;
        } else {
          if (!pt.equals("O")) {
            fp++;
          }
          if (!gt.equals("O")) {
            fn++;
          }
        }
      }
      entities(s, g, true, goldEntities);
      entities(s, p, false, predictedEntities);
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    Map<String, Prf> byType = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(TYPES);
    all.add("ALL");
    for (String type : all) {
      Set<String> g = filter(goldEntities, type);
      Set<String> p = filter(predictedEntities, type);
      int correct = (int) p.stream().filter(g::contains).count();
      byType.put(type, Prf.of(correct, g.size(), p.size()));
    }
    return new NerScores(f1, byType);
  }

  private static Set<String> filter(Set<String> entities, String type) {
    Set<String> out = new HashSet<>();
    for (String e : entities) {
      if (type.equals("ALL") || e.startsWith(type + ":")) {
        out.add(e);
      }
    }
    return out;
  }

  /** Entities as "TYPE:sentence:start:end"; BIO when {@code bio}, else runs of one type. */
  private static void entities(int s, List<String> tags, boolean bio, Set<String> out) {
    for (int i = 0; i < tags.size(); ) {
      String type = type(tags.get(i));
      if (type.equals("O") || !TYPES.contains(type)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tags.size()
          && type(tags.get(j)).equals(type)
          && !(bio && tags.get(j).startsWith("B-"))) {
        j++;
      }
      out.add(type + ":" + s + ":" + i + ":" + j);
      i = j;
    }
  }

  private static String type(String tag) {
    return tag.startsWith("B-") || tag.startsWith("I-") ? tag.substring(2) : tag;
  }
}
